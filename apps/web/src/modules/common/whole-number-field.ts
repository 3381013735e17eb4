import type { ApiError } from './api-errors';

/** An amount as typed, e.g. "250 000", without its spaces. */
const digitsOf = (text: string) => text.replace(/[\s\u00a0]/g, '');

/**
 * The problem of a whole-number field the api cannot even receive (its type is Int), found
 * before sending and reported with the api's own reason.
 */
export function wholeNumberProblems(field: string, text: string): ApiError[] {
  const digits = digitsOf(text);
  return digits && !/^\d+$/.test(digits)
    ? [{ code: 'BAD_USER_INPUT', reason: 'NOT_A_WHOLE_NUMBER', field }]
    : [];
}

/** The amount to send: null when the field is empty. Check it with wholeNumberProblems first. */
export function wholeNumberOrNull(text: string): number | null {
  const digits = digitsOf(text);
  return digits ? Number(digits) : null;
}
