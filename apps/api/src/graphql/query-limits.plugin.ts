import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { DomainError } from '../common/domain-error';
import type { QueryLimits } from '../config/query-limits';
import { graphqlError, refusal } from './graphql.errors';
import { operationCost } from './query-cost';
import { checkTexts } from './text-limits';

/**
 * Refuses, before anything runs, an operation whose texts are too long or not valid text, or whose
 * estimated cost is past the limit. The document's size is refused earlier, by the parser's
 * `maxTokens` and by documentSizeRule.
 */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const variables = request.variables ?? {};
          refuseOn(() => checkTexts(schema, document, operation, variables));
          const cost = costOf(() => operationCost(schema, document, operation, variables));
          if (cost > limits.maxCost)
            throw refusal(
              graphqlError('QUERY_TOO_COSTLY', `Query costs ${cost}; at most ${limits.maxCost} allowed`, {
                params: { cost, max: limits.maxCost },
              }),
            );
        },
      };
    },
  };
}

function refuseOn(check: () => void): void {
  try {
    check();
  } catch (error) {
    throw error instanceof DomainError ? refusal(error) : error;
  }
}

/** Variables that do not fit their types leave the cost unknown; execution then refuses them before anything runs. */
function costOf(estimate: () => number): number {
  try {
    return estimate();
  } catch (error) {
    if (error instanceof GraphQLError && error.message.startsWith('Variable "$')) return 0;
    throw error;
  }
}
