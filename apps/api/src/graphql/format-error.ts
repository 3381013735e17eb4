import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError, type ErrorCode, InvalidInput } from '../common/domain-error';
import { databaseUnavailable, isDatabaseUnavailable } from '../database/database.errors';
import type { GraphqlReason } from './graphql.errors';

/** Apollo's and graphql-js's own codes, as the client sees them, with the reason they stand for. */
const PASS_THROUGH: Record<string, { code: ErrorCode; reason: GraphqlReason }> = {
  GRAPHQL_VALIDATION_FAILED: { code: 'BAD_USER_INPUT', reason: 'INVALID_QUERY' },
  GRAPHQL_PARSE_FAILED: { code: 'BAD_USER_INPUT', reason: 'INVALID_QUERY' },
  BAD_REQUEST: { code: 'BAD_USER_INPUT', reason: 'INVALID_QUERY' },
  BAD_USER_INPUT: { code: 'BAD_USER_INPUT', reason: 'INVALID_VARIABLES' },
};

/** Marks a formatted error that stands for several; `expandInvalidInput` splits it before sending. */
export const PROBLEMS_EXTENSION = 'lokomotivProblems';

const extensionsOf = (error: DomainError) => ({
  code: error.code,
  reason: error.reason,
  ...(error.field ? { field: error.field } : {}),
  ...(error.params ? { params: error.params } : {}),
  // The contract puts the wait of a TOO_MANY_REQUESTS refusal beside its code.
  ...(error.code === 'TOO_MANY_REQUESTS' && error.params?.retryAfterSeconds !== undefined
    ? { retryAfterSeconds: error.params.retryAfterSeconds }
    : {}),
});

/** What a resolver or a plugin (which refuses before execution, with no path) threw. */
function originalOf(error: unknown): unknown {
  if (error instanceof GraphQLError && error.originalError instanceof DomainError) return error.originalError;
  return unwrapResolverError(error);
}

/**
 * Shapes every error sent to a client: domain errors keep their message, reason, field and params;
 * GraphQL's own validation errors keep their message and get a reason; anything unexpected becomes a
 * bare "Internal server error" (logged here, never leaked as a stack trace or SQL).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = originalOf(error);
  if (original instanceof InvalidInput) {
    return {
      message: original.message,
      path: formatted.path,
      extensions: {
        ...extensionsOf(original),
        [PROBLEMS_EXTENSION]: original.problems.map((problem) => ({
          message: problem.message,
          extensions: extensionsOf(problem),
        })),
      },
    };
  }
  if (original instanceof DomainError) {
    return { message: original.message, path: formatted.path, extensions: extensionsOf(original) };
  }
  if (isDatabaseUnavailable(original) || isDatabaseUnavailable(error)) {
    const unavailable = databaseUnavailable();
    return { message: unavailable.message, path: formatted.path, extensions: extensionsOf(unavailable) };
  }
  const passThrough = PASS_THROUGH[String(formatted.extensions?.code)];
  if (passThrough) {
    const reason = formatted.extensions?.reason ?? passThrough.reason;
    const params = formatted.extensions?.params;
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: passThrough.code, reason, ...(params ? { params } : {}) },
    };
  }
  console.error('Unexpected error', original);
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL_ERROR' },
  };
}

/** One error per problem of an InvalidInput, each with its own field, reason and params. */
export function expandInvalidInput(errors: readonly GraphQLFormattedError[]): GraphQLFormattedError[] {
  return errors.flatMap((error) => {
    const problems = error.extensions?.[PROBLEMS_EXTENSION] as GraphQLFormattedError[] | undefined;
    return problems ? problems.map((problem) => ({ ...problem, path: error.path })) : [error];
  });
}
