import { errorsOf, type ReasonCodes } from '../common/domain-error';

export const PUBLICCODE_REASONS = {
  /** The file is larger than any publiccode.yml needs to be (params.max bytes). */
  PUBLICCODE_TOO_LARGE: 'BAD_USER_INPUT',
} as const satisfies ReasonCodes;

export const publiccodeError = errorsOf(PUBLICCODE_REASONS);
