import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { commonError, DomainError, InvalidInput } from '../common/domain-error';
import { expandInvalidInput, formatError } from './format-error';

const formatted = (message: string, code?: string) => ({
  message,
  path: ['x'],
  extensions: code ? { code, stacktrace: ['at x'] } : {},
});

describe('formatError', () => {
  it('keeps a domain error’s message, code, reason, field and params', () => {
    const error = new GraphQLError('wrapped', {
      path: ['x'],
      originalError: commonError('TOO_LONG', 'title must be at most 200 characters', {
        field: 'title',
        params: { max: 200 },
      }),
    });
    expect(formatError(formatted('wrapped'), error)).toEqual({
      message: 'title must be at most 200 characters',
      path: ['x'],
      extensions: { code: 'BAD_USER_INPUT', reason: 'TOO_LONG', field: 'title', params: { max: 200 } },
    });
  });

  it('sends each problem of one input as an error of its own', () => {
    const invalid = new InvalidInput([
      commonError('REQUIRED', 'title must not be empty', { field: 'title' }),
      commonError('NOT_AN_EMAIL', 'contactEmail must be a valid email address', { field: 'contactEmail' }),
    ]);
    const sent = expandInvalidInput([
      formatError(formatted('wrapped'), new GraphQLError('wrapped', { path: ['x'], originalError: invalid })),
    ]);
    expect(sent).toEqual([
      {
        message: 'title must not be empty',
        path: ['x'],
        extensions: { code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'title' },
      },
      {
        message: 'contactEmail must be a valid email address',
        path: ['x'],
        extensions: { code: 'BAD_USER_INPUT', reason: 'NOT_AN_EMAIL', field: 'contactEmail' },
      },
    ]);
  });

  it('hides an unexpected error’s message, SQL and stack', () => {
    jest.spyOn(console, 'error').mockImplementation(() => {});
    const sqlError = new QueryFailedError(
      'SELECT secret FROM users',
      [],
      new Error('relation "users" does not exist'),
    );
    const result = formatError(
      formatted(sqlError.message),
      new GraphQLError(sqlError.message, { path: ['x'], originalError: sqlError }),
    );
    expect(result).toEqual({
      message: 'Internal server error',
      path: ['x'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL_ERROR' },
    });
    expect(JSON.stringify(result)).not.toMatch(/SELECT|users|stack/);
  });

  it('reports GraphQL validation failures as BAD_USER_INPUT without a stack', () => {
    const result = formatError(
      formatted('Cannot query field "x"', 'GRAPHQL_VALIDATION_FAILED'),
      new GraphQLError('x'),
    );
    expect(result.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_QUERY' });
  });

  it('names a document past the parser’s token limit QUERY_TOO_LARGE, with the limit', () => {
    const result = formatError(
      formatted(
        'Syntax Error: Document contains more that 5000 tokens. Parsing aborted.',
        'GRAPHQL_PARSE_FAILED',
      ),
      new GraphQLError('x'),
    );
    expect(result.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'QUERY_TOO_LARGE',
      params: { max: 5000 },
    });
  });

  it('puts retryAfterSeconds beside the code of a refusal a plugin threw before execution', () => {
    const refusal = new DomainError('TOO_MANY_REQUESTS', 'RATE_LIMITED', 'Too many saveSearch requests', {
      params: { operation: 'saveSearch', retryAfterSeconds: 42 },
    });
    const result = formatError(
      { message: refusal.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      new GraphQLError(refusal.message, { originalError: refusal }),
    );
    expect(result).toEqual({
      message: 'Too many saveSearch requests',
      extensions: {
        code: 'TOO_MANY_REQUESTS',
        reason: 'RATE_LIMITED',
        params: { operation: 'saveSearch', retryAfterSeconds: 42 },
        retryAfterSeconds: 42,
      },
    });
  });
});
