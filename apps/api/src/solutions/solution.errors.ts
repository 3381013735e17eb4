import { errorsOf, type ReasonCodes } from '../common/domain-error';

export const SOLUTION_REASONS = {
  NOT_SOLUTION_OWNER: 'FORBIDDEN',
  /** A company publishes once a platform admin has verified it. */
  ORGANIZATION_NOT_VERIFIED: 'FORBIDDEN',
} as const satisfies ReasonCodes;

export const solutionError = errorsOf(SOLUTION_REASONS);
