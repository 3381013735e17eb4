import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ERROR_CODES, type ErrorCode } from '@lokomotiv/contract';

/** An api code, or NETWORK when no answer came. */
export type ApiErrorCode = ErrorCode | 'NETWORK';

/** Reasons of problems the web finds before sending, in values the api could not even receive. */
export const WEB_REASONS = ['NOT_AN_AMOUNT'] as const;
export type WebReason = (typeof WEB_REASONS)[number];

export type ApiErrorParams = Readonly<Record<string, string | number>>;

/** One refusal as the api sent it (`extensions`), or one the web found before sending. */
export interface ApiError {
  code: ApiErrorCode;
  /** The stable `extensions.reason`; a newer api may send one this web does not know yet. */
  reason?: string;
  /** The input field at fault, e.g. "title". */
  field?: string;
  /** The numbers and words a message needs, e.g. `{ max: 200 }`. */
  params?: ApiErrorParams;
  /** How long to wait before trying again (TOO_MANY_REQUESTS). */
  retryAfterSeconds?: number;
}

const isErrorCode = (code: unknown): code is ErrorCode => ERROR_CODES.includes(code as ErrorCode);

const isParams = (value: unknown): value is ApiErrorParams =>
  typeof value === 'object' &&
  value !== null &&
  Object.values(value).every((v) => typeof v === 'string' || typeof v === 'number');

function fromExtensions(extensions: Record<string, unknown> = {}): ApiError {
  const { code, reason, field, params, retryAfterSeconds } = extensions;
  const retryAfter = retryAfterSeconds ?? (isParams(params) ? params.retryAfterSeconds : undefined);
  return {
    code: isErrorCode(code) ? code : 'INTERNAL_SERVER_ERROR',
    ...(typeof reason === 'string' ? { reason } : {}),
    ...(typeof field === 'string' ? { field } : {}),
    ...(isParams(params) ? { params } : {}),
    ...(typeof retryAfter === 'number' ? { retryAfterSeconds: retryAfter } : {}),
  };
}

/** The api's errors, one per refusal (several bad fields of one input arrive as several), from whatever Apollo threw. */
export function apiErrorsOf(error: unknown): ApiError[] {
  if (!error) return [];
  if (CombinedGraphQLErrors.is(error)) return error.errors.map((e) => fromExtensions(e.extensions));
  return [{ code: 'NETWORK' }];
}

/** A required field left empty, found before sending; the api would say the same. */
export const requiredError = (field: string): ApiError => ({
  code: 'BAD_USER_INPUT',
  reason: 'REQUIRED',
  field,
});

/** The empty ones of `required` among `values`. */
export function missingRequired(values: Record<string, unknown>, required: readonly string[]): ApiError[] {
  return required.filter((field) => String(values[field] ?? '').trim() === '').map(requiredError);
}

/** Errors split into those shown beside a field of the form and those about the form as a whole. */
export function splitFieldErrors(
  errors: readonly ApiError[],
  formFields: readonly string[],
): { fieldErrors: Record<string, ApiError[]>; formErrors: ApiError[] } {
  const fieldErrors: Record<string, ApiError[]> = {};
  const formErrors: ApiError[] = [];
  for (const error of errors) {
    if (error.field && formFields.includes(error.field))
      fieldErrors[error.field] = [...(fieldErrors[error.field] ?? []), error];
    else formErrors.push(error);
  }
  return { fieldErrors, formErrors };
}
