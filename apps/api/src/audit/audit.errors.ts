import { errorsOf, type ReasonCodes } from '../common/domain-error';

export const AUDIT_REASONS = {
  ONLY_PLATFORM_ADMINS_READ_AUDIT_LOG: 'FORBIDDEN',
} as const satisfies ReasonCodes;

export const auditError = errorsOf(AUDIT_REASONS);
