import { errorsOf, type ReasonCodes } from '../common/domain-error';

export const ADOPTION_REASONS = {
  CANNOT_ADOPT_OWN_SOLUTION: 'BAD_USER_INPUT',
  SOLUTION_NOT_PUBLISHED: 'BAD_USER_INPUT',
  /** Nobody newly adopts an archived solution; its adopters still change or withdraw theirs. */
  SOLUTION_ARCHIVED: 'BAD_USER_INPUT',
  /** The organisation already registered (or was proposed for) this solution. */
  ADOPTION_EXISTS: 'CONFLICT',
  /** Only the solution's owner proposes adopters. */
  NOT_SOLUTION_OWNER: 'FORBIDDEN',
} as const satisfies ReasonCodes;

export const adoptionError = errorsOf(ADOPTION_REASONS);
