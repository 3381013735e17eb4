import { badInput } from './domain-error';

export interface TextRule {
  max: number;
  min?: number;
}

/** Trims a required text field and checks its length; the error names the field. */
export function requiredText(field: string, value: string | null | undefined, rule: TextRule): string {
  const text = (value ?? '').trim();
  const min = rule.min ?? 1;
  if (text.length < min) {
    throw badInput(
      field,
      min === 1 ? `${field} must not be empty` : `${field} must be at least ${min} characters`,
    );
  }
  if (text.length > rule.max) throw badInput(field, `${field} must be at most ${rule.max} characters`);
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
    throw badInput(field, `${field} must be a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw badInput(field, `${field} must be an http or https URL`);
  }
  return url.toString();
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function requiredEmail(field: string, value: string | null | undefined): string {
  const email = requiredText(field, value, { max: 254 }).toLowerCase();
  if (!EMAIL.test(email)) throw badInput(field, `${field} must be a valid email address`);
  return email;
}

export function optionalEmail(field: string, value: string | null | undefined): string | null {
  return value?.trim() ? requiredEmail(field, value) : null;
}

export function optionalNonNegativeInt(field: string, value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < 0)
    throw badInput(field, `${field} must be a whole number of 0 or more`);
  return value;
}

export function validateUuid(field: string, value: string): string {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) {
    throw badInput(field, `${field} is not a valid id`);
  }
  return value.toLowerCase();
}

export interface PageArgs {
  limit: number;
  offset: number;
}

export const MAX_PAGE_SIZE = 100;

export function validatePage(limit: number, offset: number): PageArgs {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw badInput('limit', `limit must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  if (!Number.isInteger(offset) || offset < 0) throw badInput('offset', 'offset must be 0 or more');
  return { limit, offset };
}
