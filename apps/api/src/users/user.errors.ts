import { errorsOf, type ReasonCodes } from '../common/domain-error';

export const USER_REASONS = {
  ONLY_ADMINS_ADD_USERS: 'FORBIDDEN',
  ONLY_MEMBERS_SEE_MEMBERS: 'FORBIDDEN',
  EMAIL_TAKEN: 'CONFLICT',
} as const satisfies ReasonCodes;

export const userError = errorsOf(USER_REASONS);
