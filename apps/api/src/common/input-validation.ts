import { commonError, DomainError, InvalidInput } from './domain-error';

export interface TextRule {
  max: number;
  min?: number;
}

/** Trims a required text field and checks its length; the error names the field. */
export function requiredText(field: string, value: string | null | undefined, rule: TextRule): string {
  const text = (value ?? '').trim();
  const min = rule.min ?? 1;
  if (text.length < min) {
    throw min === 1
      ? commonError('REQUIRED', `${field} must not be empty`, { field })
      : commonError('TOO_SHORT', `${field} must be at least ${min} characters`, { field, params: { min } });
  }
  if (text.length > rule.max)
    throw commonError('TOO_LONG', `${field} must be at most ${rule.max} characters`, {
      field,
      params: { max: rule.max },
    });
  return text;
}

/** Like requiredText, but blank becomes null. */
export function optionalText(field: string, value: string | null | undefined, rule: TextRule): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  return requiredText(field, value, rule);
}

export function optionalHttpUrl(field: string, value: string | null | undefined): string | null {
  const text = optionalText(field, value, { max: 2000 });
  if (text === null) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw commonError('NOT_A_URL', `${field} must be a valid URL`, { field });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw commonError('NOT_AN_HTTP_URL', `${field} must be an http or https URL`, { field });
  }
  return url.toString();
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function requiredEmail(field: string, value: string | null | undefined): string {
  const email = requiredText(field, value, { max: 254 }).toLowerCase();
  if (!EMAIL.test(email))
    throw commonError('NOT_AN_EMAIL', `${field} must be a valid email address`, { field });
  return email;
}

export function optionalEmail(field: string, value: string | null | undefined): string | null {
  return value?.trim() ? requiredEmail(field, value) : null;
}

export function optionalNonNegativeInt(field: string, value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < 0)
    throw commonError('NOT_A_WHOLE_NUMBER', `${field} must be a whole number of 0 or more`, { field });
  return value;
}

export function validateUuid(field: string, value: string): string {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) {
    throw commonError('NOT_AN_ID', `${field} is not a valid id`, { field });
  }
  return value.toLowerCase();
}

/** A value that must be one of an enum's values (GraphQL checks enums, but not inside JSON scalars or arrays built by hand). */
export function requiredOneOf<T extends string>(field: string, value: unknown, allowed: readonly T[]): T {
  if (!allowed.includes(value as T))
    throw commonError('NOT_ONE_OF', `${field} must be one of: ${allowed.join(', ')}`, {
      field,
      params: { allowed: allowed.join(', ') },
    });
  return value as T;
}

export interface PageArgs {
  limit: number;
  offset: number;
}

export const MAX_PAGE_SIZE = 100;

export function validatePage(limit: number, offset: number): PageArgs {
  const check = new InputCheck();
  check.collect(() => {
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE)
      throw commonError('OUT_OF_RANGE', `limit must be between 1 and ${MAX_PAGE_SIZE}`, {
        field: 'limit',
        params: { min: 1, max: MAX_PAGE_SIZE },
      });
  });
  check.collect(() => {
    if (!Number.isInteger(offset) || offset < 0)
      throw commonError('OUT_OF_RANGE', 'offset must be 0 or more', { field: 'offset', params: { min: 0 } });
  });
  check.done();
  return { limit, offset };
}

/**
 * Collects the problems of every field of one input, so the caller hears of all of them at once:
 * `const title = check.collect(() => requiredText('title', ...))`, then `check.done()` throws them together.
 * Only bad-input refusals are collected; anything else (not found, forbidden) is thrown at once.
 */
export class InputCheck {
  private readonly problems: DomainError[] = [];

  collect<T>(validate: () => T): T {
    try {
      return validate();
    } catch (error) {
      return this.keep(error) as T;
    }
  }

  async collectAsync<T>(validate: () => Promise<T>): Promise<T> {
    try {
      return await validate();
    } catch (error) {
      return this.keep(error) as T;
    }
  }

  private keep(error: unknown): undefined {
    if (!(error instanceof DomainError) || error.code !== 'BAD_USER_INPUT') throw error;
    this.problems.push(...(error instanceof InvalidInput ? error.problems : [error]));
    return undefined;
  }

  /** Throws every collected problem as one InvalidInput; returns when there were none. */
  done(): void {
    if (this.problems.length) throw new InvalidInput(this.problems);
  }
}
