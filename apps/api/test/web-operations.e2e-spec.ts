import { GraphQLSchemaHost } from '@nestjs/graphql';
import { type GraphQLInputType, type OperationDefinitionNode, parse, typeFromAST } from 'graphql';
import { MAX_PAGE_SIZE } from '../src/common/input-validation';
import { DEFAULT_QUERY_LIMITS } from '../src/config/query-limits';
import { operationCost } from '../src/graphql/query-cost';
import { checkDocumentSize } from '../src/graphql/query-limits';
import { placeholder } from './support/schema-values';
import { errorReason, TestApp, type TestUser } from './support/test-app';
import { webOperations } from './support/web-operations';

const LIMIT_REASONS = ['QUERY_TOO_COSTLY', 'QUERY_TOO_LARGE', 'QUERY_TOO_DEEP', 'INVALID_QUERY'];

describe('the web app’s operations', () => {
  let api: TestApp;
  let user: TestUser;
  const operations = webOperations();
  beforeAll(async () => {
    api = await TestApp.start();
    user = await api.createMember();
  });
  afterAll(() => api.stop());

  /** The largest pages the api gives, and placeholders elsewhere. */
  const variablesFor = (operation: OperationDefinitionNode) => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    return Object.fromEntries(
      (operation.variableDefinitions ?? []).map((definition) => {
        const name = definition.variable.name.value;
        const type = typeFromAST(schema, definition.type) as GraphQLInputType;
        return [name, name === 'limit' ? MAX_PAGE_SIZE : placeholder(type)];
      }),
    );
  };

  it('are found', () => {
    expect(operations.length).toBeGreaterThan(40);
    expect(operations.map((o) => o.name)).toEqual(expect.arrayContaining(['Solution', 'Search', 'Need']));
  });

  it('each stay within the size and cost limits with the largest pages', () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const costs = operations.map(({ name, operation, document, source }) => {
      parse(source, { maxTokens: DEFAULT_QUERY_LIMITS.maxTokens });
      checkDocumentSize(document, DEFAULT_QUERY_LIMITS);
      return { name, cost: operationCost(schema, document, operation, variablesFor(operation)) };
    });
    const costliest = costs.reduce((a, b) => (b.cost > a.cost ? b : a));
    console.log(
      `Costliest web operation: ${costliest.name} at ${costliest.cost} of ${DEFAULT_QUERY_LIMITS.maxCost}`,
    );
    expect(costs.filter(({ cost }) => cost > DEFAULT_QUERY_LIMITS.maxCost)).toEqual([]);
  });

  it('each query is answered over HTTP without a limit refusal', async () => {
    const refused: { name: string; reason?: string }[] = [];
    for (const { name, operation, source } of operations.filter((o) => o.operation.operation === 'query')) {
      const result = await api.gql(source, variablesFor(operation), user.token);
      if (LIMIT_REASONS.includes(errorReason(result) ?? ''))
        refused.push({ name, reason: errorReason(result) });
    }
    expect(refused).toEqual([]);
  });
});
