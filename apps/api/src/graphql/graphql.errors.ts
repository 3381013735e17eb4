import { GraphQLError } from 'graphql';
import { type DomainError, errorsOf, type ReasonCodes } from '../common/domain-error';

/** Refusals of a request as a whole, before any resolver runs. */
export const GRAPHQL_REASONS = {
  /** The document does not parse or does not validate against the schema. */
  INVALID_QUERY: 'BAD_USER_INPUT',
  /** A variable does not fit its declared type. */
  INVALID_VARIABLES: 'BAD_USER_INPUT',
  QUERY_TOO_DEEP: 'BAD_USER_INPUT',
  /** Too many tokens, or too many fields once fragments are expanded. */
  QUERY_TOO_LARGE: 'BAD_USER_INPUT',
  /** The estimated cost (fields times list sizes) is past the limit. */
  QUERY_TOO_COSTLY: 'BAD_USER_INPUT',
  /** Text with a NUL character or a lone UTF-16 surrogate. */
  INVALID_TEXT: 'BAD_USER_INPUT',
} as const satisfies ReasonCodes;
export type GraphqlReason = keyof typeof GRAPHQL_REASONS;

export const graphqlError = errorsOf(GRAPHQL_REASONS);

/** A refusal of the whole request before it runs, sent as HTTP 400 (a plugin's error would be a 500). */
export function refusal(error: DomainError): GraphQLError {
  return new GraphQLError(error.message, { originalError: error, extensions: { http: { status: 400 } } });
}
