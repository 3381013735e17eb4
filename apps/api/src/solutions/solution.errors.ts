import { errorsOf, type ReasonCodes } from '../common/domain-error';

export const SOLUTION_REASONS = {
  NOT_SOLUTION_OWNER: 'FORBIDDEN',
  INVALID_LICENSE_EXPRESSION: 'BAD_USER_INPUT',
  NOT_FOR_SOLUTION_KIND: 'BAD_USER_INPUT',
  SUPPLIER_ONLY_WHEN_BOUGHT: 'BAD_USER_INPUT',
  REVIEW_DATE_IN_FUTURE: 'BAD_USER_INPUT',
  /** A company publishes once a platform admin has verified it. */
  ORGANIZATION_NOT_VERIFIED: 'FORBIDDEN',
} as const satisfies ReasonCodes;

export const solutionError = errorsOf(SOLUTION_REASONS);
