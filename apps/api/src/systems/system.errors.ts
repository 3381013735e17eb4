import { errorsOf, type ReasonCodes } from '../common/domain-error';

export const SYSTEM_REASONS = {
  UNKNOWN_SYSTEM: 'BAD_USER_INPUT',
  WRONG_SYSTEM_CATEGORY: 'BAD_USER_INPUT',
} as const satisfies ReasonCodes;

export const systemError = errorsOf(SYSTEM_REASONS);
