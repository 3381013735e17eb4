import { errorsOf, type ReasonCodes } from '../common/domain-error';

export const LANDSCAPE_REASONS = {
  NOT_ORGANIZATION_ADMIN: 'FORBIDDEN',
} as const satisfies ReasonCodes;

export const landscapeError = errorsOf(LANDSCAPE_REASONS);
