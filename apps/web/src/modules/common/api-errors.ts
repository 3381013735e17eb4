import { CombinedGraphQLErrors } from '@apollo/client/errors';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK';

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** The input field the api named, e.g. "title". */
  field?: string;
}

const KNOWN_CODES = new Set<string>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
]);

/** The api's errors (extensions.code + extensions.field) from whatever Apollo threw. */
export function apiErrorsOf(error: unknown): ApiError[] {
  if (!error) return [];
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((e) => {
      const code = String(e.extensions?.code ?? '');
      const field = e.extensions?.field;
      return {
        code: (KNOWN_CODES.has(code) ? code : 'INTERNAL_SERVER_ERROR') as ErrorCode,
        message: e.message,
        ...(typeof field === 'string' ? { field } : {}),
      };
    });
  }
  return [{ code: 'NETWORK', message: error instanceof Error ? error.message : String(error) }];
}

/** Errors split into those shown beside a field and those shown for the whole form. */
export function splitFieldErrors(
  errors: ApiError[],
  formFields: readonly string[],
): { fieldErrors: Record<string, ApiError>; formErrors: ApiError[] } {
  const fieldErrors: Record<string, ApiError> = {};
  const formErrors: ApiError[] = [];
  for (const error of errors) {
    if (error.field && formFields.includes(error.field) && !fieldErrors[error.field])
      fieldErrors[error.field] = error;
    else formErrors.push(error);
  }
  return { fieldErrors, formErrors };
}
