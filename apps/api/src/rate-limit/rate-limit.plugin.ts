import type { ApolloServerPlugin, GraphQLRequestListener, GraphQLResponse } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import type { RequestContext } from '../graphql/request-context';
import { clientAddress } from './client-address';
import { mutationCounts } from './mutation-counts';
import { MutationRateLimiter } from './mutation-rate-limiter';

/**
 * Counts every mutation of a request against its rate limits before anything runs, and answers a
 * request refused as a whole (no data, every error TOO_MANY_REQUESTS) with HTTP 429 and Retry-After.
 */
@Plugin()
export class RateLimitPlugin implements ApolloServerPlugin<RequestContext> {
  constructor(private readonly mutations: MutationRateLimiter) {}

  async requestDidStart(): Promise<GraphQLRequestListener<RequestContext>> {
    return {
      didResolveOperation: async ({ operation, document, contextValue }) => {
        if (operation?.operation !== 'mutation') return;
        await this.mutations.admit(mutationCounts(operation, document), {
          userId: contextValue.viewer?.userId,
          address: clientAddress(contextValue.req),
        });
      },
      willSendResponse: async ({ response }) => sendRefusalAs429(response),
    };
  }
}

function sendRefusalAs429(response: GraphQLResponse): void {
  if (response.body.kind !== 'single') return;
  const { data, errors } = response.body.singleResult;
  if (data || !errors?.length || errors.some((error) => error.extensions?.code !== 'TOO_MANY_REQUESTS'))
    return;
  const wait = Math.max(...errors.map((error) => Number(error.extensions?.retryAfterSeconds) || 1));
  response.http.status = 429;
  response.http.headers.set('retry-after', String(wait));
}
