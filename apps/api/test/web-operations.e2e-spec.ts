import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  Kind,
  type OperationDefinitionNode,
  parse,
  typeFromAST,
  visit,
} from 'graphql';
import { MAX_PAGE_SIZE } from '../src/common/input-validation';
import { DEFAULT_QUERY_LIMITS } from '../src/config/query-limits';
import { operationCost } from '../src/graphql/query-cost';
import { checkDocumentSize } from '../src/graphql/query-limits';
import { placeholder } from './support/schema-values';
import { errorReason, TestApp, type TestUser } from './support/test-app';

const WEB_SOURCES = resolve(__dirname, '../../web/src');
const LIMIT_REASONS = ['QUERY_TOO_COSTLY', 'QUERY_TOO_LARGE', 'QUERY_TOO_DEEP', 'INVALID_QUERY'];

/** Every `graphql(`…`)` document of the web app's sources (not the generated ones). */
function webDocuments(dir = WEB_SOURCES): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : webDocuments(path);
    if (!/\.tsx?$/.test(entry.name)) return [];
    return [...readFileSync(path, 'utf8').matchAll(/graphql\(`([^`]*)`\)/g)].map((match) => match[1]);
  });
}

/** Each operation of the web app, with the fragments it spreads, as the client sends it. */
function webOperations(): {
  name: string;
  operation: OperationDefinitionNode;
  document: DocumentNode;
  source: string;
}[] {
  const definitions = webDocuments().flatMap((source) => parse(source).definitions);
  const fragments = new Map(
    definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
  );
  const spreadIn = (node: OperationDefinitionNode | FragmentDefinitionNode, found: Set<string>) => {
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !found.has(spread.name.value)) spreadIn(fragment, found.add(spread.name.value));
      },
    });
    return found;
  };
  return definitions.flatMap((definition) => {
    if (definition.kind !== Kind.OPERATION_DEFINITION) return [];
    const used = [...spreadIn(definition, new Set())].map(
      (name) => fragments.get(name) as FragmentDefinitionNode,
    );
    const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [definition, ...used] };
    const source = [definition, ...used]
      .map((d) => d.loc?.source.body.slice(d.loc.start, d.loc.end))
      .join('\n');
    return [{ name: definition.name?.value ?? '(anonymous)', operation: definition, document, source }];
  });
}

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
