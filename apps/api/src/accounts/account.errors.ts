import { errorsOf, type ReasonCodes } from '../common/domain-error';

export const ACCOUNT_REASONS = {
  ONLY_ADMINS_MANAGE_USERS: 'FORBIDDEN',
  ONLY_PLATFORM_ADMINS_LIST_USERS: 'FORBIDDEN',
  LAST_ACTIVE_ADMIN: 'CONFLICT',
} as const satisfies ReasonCodes;

export const accountError = errorsOf(ACCOUNT_REASONS);
