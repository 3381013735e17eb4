import { errorsOf, type ReasonCodes } from '../common/domain-error';

export const AUTH_REASONS = {
  WRONG_CREDENTIALS: 'UNAUTHENTICATED',
  ACCOUNT_DEACTIVATED: 'UNAUTHENTICATED',
  TOO_MANY_LOGIN_ATTEMPTS: 'TOO_MANY_REQUESTS',
  WRONG_CURRENT_PASSWORD: 'BAD_USER_INPUT',
  RESET_LINK_INVALID: 'BAD_USER_INPUT',
} as const satisfies ReasonCodes;

export const authError = errorsOf(AUTH_REASONS);
