import type { ReasonCodes } from '../common/domain-error';

/** Refusals of a request as a whole, before any resolver runs. */
export const GRAPHQL_REASONS = {
  /** The document does not parse or does not validate against the schema. */
  INVALID_QUERY: 'BAD_USER_INPUT',
  /** A variable does not fit its declared type. */
  INVALID_VARIABLES: 'BAD_USER_INPUT',
  QUERY_TOO_DEEP: 'BAD_USER_INPUT',
  QUERY_TOO_LARGE: 'BAD_USER_INPUT',
} as const satisfies ReasonCodes;
export type GraphqlReason = keyof typeof GRAPHQL_REASONS;
