import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { badInput } from '../common/domain-error';
import { formatError } from './format-error';

const formatted = (message: string, code?: string) => ({
  message,
  path: ['x'],
  extensions: code ? { code, stacktrace: ['at x'] } : {},
});

describe('formatError', () => {
  it('keeps a domain error’s message, code and field', () => {
    const error = new GraphQLError('wrapped', {
      path: ['x'],
      originalError: badInput('title', 'title must not be empty'),
    });
    expect(formatError(formatted('wrapped'), error)).toEqual({
      message: 'title must not be empty',
      path: ['x'],
      extensions: { code: 'BAD_USER_INPUT', field: 'title' },
    });
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
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(result)).not.toMatch(/SELECT|users|stack/);
  });

  it('reports GraphQL validation failures as BAD_USER_INPUT without a stack', () => {
    const result = formatError(
      formatted('Cannot query field "x"', 'GRAPHQL_VALIDATION_FAILED'),
      new GraphQLError('x'),
    );
    expect(result.extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });
});
