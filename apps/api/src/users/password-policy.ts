import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commonError } from '../common/domain-error';
import { userError } from './user.errors';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 1000;
export const MIN_DIFFERENT_CHARACTERS = 5;

let commonPasswords: Set<string> | undefined;

/** The shipped list (common-passwords.txt, whose first lines say where it comes from), read once. */
function loadCommonPasswords(): Set<string> {
  const lines = readFileSync(join(__dirname, 'common-passwords.txt'), 'utf8').split('\n');
  const firstPassword = lines.findIndex((line) => !line.startsWith('#'));
  return new Set(lines.slice(firstPassword).filter(Boolean));
}

/** On the list, as typed in any case, or with digits or symbols put before or after a listed one. */
export function isCommonPassword(password: string): boolean {
  commonPasswords ??= loadCommonPasswords();
  const lower = password.toLowerCase();
  const letters = lower.replace(/^\P{L}+|\P{L}+$/gu, '');
  return commonPasswords.has(lower) || (letters !== '' && commonPasswords.has(letters));
}

/** Checks a new password, taken as typed (never trimmed); existing passwords are not re-checked at login. */
export function validatePassword(field: string, password: string | null | undefined): void {
  const value = password ?? '';
  if (value.length < MIN_PASSWORD_LENGTH)
    throw commonError('TOO_SHORT', `${field} must be at least ${MIN_PASSWORD_LENGTH} characters`, {
      field,
      params: { min: MIN_PASSWORD_LENGTH },
    });
  if (value.length > MAX_PASSWORD_LENGTH)
    throw commonError('TOO_LONG', `${field} must be at most ${MAX_PASSWORD_LENGTH} characters`, {
      field,
      params: { max: MAX_PASSWORD_LENGTH },
    });
  if (new Set(value).size < MIN_DIFFERENT_CHARACTERS)
    throw userError(
      'PASSWORD_TOO_REPETITIVE',
      `${field} must use at least ${MIN_DIFFERENT_CHARACTERS} different characters`,
      { field, params: { min: MIN_DIFFERENT_CHARACTERS } },
    );
  if (isCommonPassword(value))
    throw userError('PASSWORD_TOO_COMMON', `${field} is too common: it is on a list of leaked passwords`, {
      field,
    });
}
