import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { MetricsService } from './metrics.service';

/** Times every GraphQL request by its operation name and counts the errors it sent, by code. */
@Plugin()
export class MetricsPlugin implements ApolloServerPlugin {
  constructor(private readonly metrics: MetricsService) {}

  async requestDidStart(): Promise<GraphQLRequestListener<Record<string, unknown>>> {
    const started = process.hrtime.bigint();
    return {
      willSendResponse: async ({ request, operationName, response }) => {
        const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
        this.metrics.observeRequest(
          operationName ?? request.operationName,
          Number(process.hrtime.bigint() - started) / 1e9,
          errors.map((error) => String(error.extensions?.code ?? 'UNKNOWN')),
        );
      },
    };
  }
}
