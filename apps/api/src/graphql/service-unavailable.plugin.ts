import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { isDatabaseUnavailable } from '../database/database.errors';

const RETRY_AFTER_SECONDS = '5';

/** Answers HTTP 503 (with Retry-After) when a request failed because a service it needs is down. */
export const serviceUnavailablePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const { errors } = response.body.singleResult;
        if (!errors?.some((error) => error.extensions?.code === 'SERVICE_UNAVAILABLE')) return;
        response.http.status = 503;
        response.http.headers.set('retry-after', RETRY_AFTER_SECONDS);
      },
    };
  },
};

/**
 * The context is built before any plugin runs, so a database outage while reading the session
 * must carry its HTTP status itself; formatError gives it its code and reason.
 */
export function rethrowUnavailable(error: unknown): never {
  if (!isDatabaseUnavailable(error)) throw error;
  throw new GraphQLError('The database is unavailable', {
    originalError: error as Error,
    extensions: { http: { status: 503, headers: new Map([['retry-after', RETRY_AFTER_SECONDS]]) } },
  });
}
