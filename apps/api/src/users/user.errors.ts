import { errorsOf, type ReasonCodes } from '../common/domain-error';

export const USER_REASONS = {
  ONLY_ADMINS_ADD_USERS: 'FORBIDDEN',
  ONLY_MEMBERS_SEE_MEMBERS: 'FORBIDDEN',
  EMAIL_TAKEN: 'CONFLICT',
  PASSWORD_TOO_COMMON: 'BAD_USER_INPUT',
  PASSWORD_TOO_REPETITIVE: 'BAD_USER_INPUT',
} as const satisfies ReasonCodes;

export const userError = errorsOf(USER_REASONS);
