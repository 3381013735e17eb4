import { IntrinsicException } from '@nestjs/common';

/** The only error codes a client ever sees in `extensions.code`. */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'SERVICE_UNAVAILABLE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The numbers and words a translated message needs, e.g. `{ max: 200 }`. */
export type ErrorParams = Readonly<Record<string, string | number>>;

export interface ErrorOptions {
  /** The input field at fault, so a form can show the error beside it. */
  field?: string;
  params?: ErrorParams;
}

/**
 * An expected refusal whose message is safe to show (and not worth logging). Clients translate
 * `reason` + `params`; the English `message` is for people reading the API.
 */
export class DomainError extends IntrinsicException {
  readonly field?: string;
  readonly params?: ErrorParams;

  constructor(
    readonly code: ErrorCode,
    readonly reason: string,
    message: string,
    options: ErrorOptions = {},
  ) {
    super(message);
    this.field = options.field;
    this.params = options.params;
  }
}

/** Every problem of one input, reported together so a form can show them all at once. */
export class InvalidInput extends DomainError {
  constructor(readonly problems: readonly DomainError[]) {
    const [first] = problems;
    super(first.code, first.reason, first.message, first);
  }
}

/** A module's refusals: each reason (SCREAMING_SNAKE_CASE) with the code it is sent as. */
export type ReasonCodes = Readonly<Record<string, ErrorCode>>;

/**
 * The error factory of one module. Declaring the map `as const satisfies ReasonCodes` makes every
 * reason a literal type, so a misspelt reason does not compile and the contract package can list them.
 */
export function errorsOf<const R extends ReasonCodes>(reasons: R) {
  return (reason: keyof R & string, message: string, options?: ErrorOptions): DomainError =>
    new DomainError(reasons[reason], reason, message, options);
}

/** Reasons every module shares: field rules, paging, existence, sign-in. */
export const COMMON_REASONS = {
  REQUIRED: 'BAD_USER_INPUT',
  TOO_SHORT: 'BAD_USER_INPUT',
  TOO_LONG: 'BAD_USER_INPUT',
  TOO_MANY: 'BAD_USER_INPUT',
  NOT_AN_EMAIL: 'BAD_USER_INPUT',
  NOT_A_PHONE_NUMBER: 'BAD_USER_INPUT',
  NOT_A_URL: 'BAD_USER_INPUT',
  NOT_AN_HTTP_URL: 'BAD_USER_INPUT',
  NOT_A_WHOLE_NUMBER: 'BAD_USER_INPUT',
  NOT_AN_ID: 'BAD_USER_INPUT',
  NOT_A_DATE: 'BAD_USER_INPUT',
  NOT_ONE_OF: 'BAD_USER_INPUT',
  OUT_OF_RANGE: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
} as const satisfies ReasonCodes;

export const commonError = errorsOf(COMMON_REASONS);

export const notFound = (what: string, field?: string) =>
  commonError('NOT_FOUND', `${what} was not found`, { field });
export const unauthenticated = () => commonError('UNAUTHENTICATED', 'You must be logged in');
