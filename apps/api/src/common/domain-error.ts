/** The only error codes a client ever sees in `extensions.code`. */
export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT';

import { IntrinsicException } from '@nestjs/common';

/** An expected failure whose message is safe to show to the client (and not worth logging). */
export class DomainError extends IntrinsicException {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The input field the error is about, so a form can show it beside that field. */
    readonly field?: string,
  ) {
    super(message);
  }
}

export const badInput = (field: string, message: string) => new DomainError('BAD_USER_INPUT', message, field);
export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} was not found`);
export const forbidden = (message: string) => new DomainError('FORBIDDEN', message);
export const conflict = (field: string, message: string) => new DomainError('CONFLICT', message, field);
export const unauthenticated = () => new DomainError('UNAUTHENTICATED', 'You must be logged in');
