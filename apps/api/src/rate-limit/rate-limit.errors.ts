import { errorsOf, type ReasonCodes } from '../common/domain-error';

export const RATE_LIMIT_REASONS = {
  RATE_LIMITED: 'TOO_MANY_REQUESTS',
} as const satisfies ReasonCodes;

export const rateLimitError = errorsOf(RATE_LIMIT_REASONS);
