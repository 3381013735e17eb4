import { GraphQLSchemaHost } from '@nestjs/graphql';
import { type GraphQLSchema, getNullableType, isListType, isObjectType } from 'graphql';
import { MAX_PAGE_SIZE } from '../src/common/input-validation';
import { DEFAULT_QUERY_LIMITS } from '../src/config/query-limits';
import { BOUNDED_LISTS, PAGE_ITEMS } from '../src/graphql/query-cost';
import { CREATE_SOLUTION, PUBLISH_SOLUTION, solutionInput } from './support/solution-operations';
import { errorReason, TestApp } from './support/test-app';

/** The 93-byte query that took the api to 4 GB with 288 adoptions, and a heap-out-of-memory crash. */
const ADOPTION_CHAIN =
  'query($id:ID!){solution(id:$id){adoptions{id solution{adoptions{id solution{adoptions{id}}}}}}}';

describe('query cost', () => {
  let api: TestApp;
  let solutionId: string;
  const ADOPTERS = MAX_PAGE_SIZE + 20;

  beforeAll(async () => {
    api = await TestApp.start();
    const owner = await api.createMember();
    const created = await api.gqlOk<{ createSolution: { id: string } }>(
      CREATE_SOLUTION,
      { input: solutionInput() },
      owner.token,
    );
    solutionId = created.createSolution.id;
    await api.gqlOk(PUBLISH_SOLUTION, { id: solutionId }, owner.token);
    // Adopters as fixtures: many organisations, each with one adoption.
    await api.dataSource.query(
      `WITH orgs AS (
         INSERT INTO organizations (name, kind, organization_number)
         SELECT 'Adopter ' || n || ' ' || $2, 'MUNICIPALITY', (700000000 + n)::text FROM generate_series(1, $3) n RETURNING id)
       INSERT INTO adoptions (solution_id, organization_id, stage) SELECT $1, id, 'IN_USE' FROM orgs`,
      [solutionId, `${process.pid}-${Date.now()}`, ADOPTERS],
    );
  });
  afterAll(() => api.stop());

  it('refuses the adoption chain before running it, with its cost and the limit', async () => {
    const result = await api.post(ADOPTION_CHAIN, { id: solutionId });
    expect(result.status).toBe(400);
    expect(result.body.data).toBeUndefined();
    expect(result.body.errors).toHaveLength(1);
    const [error] = result.body.errors ?? [];
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COSTLY' });
    expect(error.extensions?.params?.max).toBe(DEFAULT_QUERY_LIMITS.maxCost);
    expect(Number(error.extensions?.params?.cost)).toBeGreaterThan(DEFAULT_QUERY_LIMITS.maxCost);
  });

  it('counts a page by its limit, whether literal or a variable', async () => {
    const page = 'query($n:Int!){solutions(limit:$n){items{adoptions{id organization{id name}}}}}';
    expect(errorReason(await api.gql(page, { n: 100 }))).toBe('QUERY_TOO_COSTLY');
    expect((await api.gql(page, { n: 5 })).errors).toBeUndefined();
  });

  it('gives a solution its first adoptions, at most the largest page, and refuses a larger limit', async () => {
    const adoptions = (limit?: number) =>
      api.gql<{ solution: { adoptions: { id: string }[] } }>(
        `query($id:ID!${limit ? ',$limit:Int!' : ''}){solution(id:$id){adoptions${limit ? '(limit:$limit)' : ''}{id}}}`,
        { id: solutionId, ...(limit ? { limit } : {}) },
      );
    expect((await adoptions()).data?.solution.adoptions).toHaveLength(MAX_PAGE_SIZE);
    expect((await adoptions(7)).data?.solution.adoptions).toHaveLength(7);
    const tooMany = await adoptions(MAX_PAGE_SIZE + 1);
    expect(tooMany.errors?.[0].extensions).toMatchObject({ reason: 'OUT_OF_RANGE', field: 'limit' });
  });

  it('bounds every list field of the schema: a limit argument, a page, or a known size', () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    expect(unboundedLists(schema)).toEqual([]);
  });
});

/** `Type.field` of every list field with no `limit` argument, not a page's items, whose size is not known. */
function unboundedLists(schema: GraphQLSchema): string[] {
  return Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) && !type.name.startsWith('__'))
    .flatMap((type) =>
      isObjectType(type) ? Object.values(type.getFields()).map((f) => [type.name, f] as const) : [],
    )
    .filter(([, field]) => isListType(getNullableType(field.type)))
    .filter(([, field]) => !field.args.some((arg) => arg.name === 'limit'))
    .map(([type, field]) => `${type}.${field.name}`)
    .filter((name) => BOUNDED_LISTS[name] === undefined && !PAGE_ITEMS.has(name));
}
