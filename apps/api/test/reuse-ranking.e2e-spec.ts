import { outboxDrained } from './support/search-helpers';
import { ADOPT, CREATE_SOLUTION, PUBLISH_SOLUTION, solutionInput } from './support/solution-operations';
import { TestApp, type TestUser } from './support/test-app';

const SOLUTIONS = `query ($ownerId: ID) {
  solutions(filter: { ownerId: $ownerId }, sort: MOST_REUSED) { items { id } }
}`;
const SEARCH = `query ($query: String!, $sort: SearchSort) {
  search(query: $query, sort: $sort, filter: { kinds: [SOLUTION] }) { hits { ... on Solution { id } } }
}`;

/** Every "most reused" order puts solutions in use first: inUseCount, then reuseCount. */
describe('ranking by use', () => {
  let api: TestApp;
  let owner: TestUser;
  let evaluated: string;
  let used: string;

  beforeAll(async () => {
    api = await TestApp.start();
    owner = await api.createMember();
    const publish = async (title: string) => {
      const { createSolution } = await api.gqlOk<{ createSolution: { id: string } }>(
        CREATE_SOLUTION,
        { input: solutionInput({ title }) },
        owner.token,
      );
      await api.gqlOk(PUBLISH_SOLUTION, { id: createSolution.id }, owner.token);
      return createSolution.id;
    };
    used = await publish('Gravstedsregister for alle');
    evaluated = await publish('Gravstedsregister for alle');
    for (let i = 0; i < 4; i++)
      await api.gqlOk(
        ADOPT,
        { solutionId: evaluated, stage: 'EVALUATING' },
        (await api.createMember()).token,
      );
    await api.gqlOk(ADOPT, { solutionId: used, stage: 'IN_USE' }, (await api.createMember()).token);
    await outboxDrained(api);
  });
  afterAll(() => api.stop());

  it('sorts MOST_REUSED solutions by inUseCount, then reuseCount', async () => {
    const { solutions } = await api.gqlOk<{ solutions: { items: { id: string }[] } }>(SOLUTIONS, {
      ownerId: owner.organizationId,
    });
    expect(solutions.items.map((s) => s.id)).toEqual([used, evaluated]);
  });

  it.each([null, 'RELEVANCE', 'MOST_IN_USE'])('breaks search ties by use (sort %s)', async (sort) => {
    const { search } = await api.gqlOk<{ search: { hits: { id: string }[] } }>(SEARCH, {
      query: 'gravstedsregister',
      sort,
    });
    expect(search.hits.map((s) => s.id)).toEqual([used, evaluated]);
  });

  it('sorts by newest when asked', async () => {
    const { search } = await api.gqlOk<{ search: { hits: { id: string }[] } }>(SEARCH, {
      query: 'gravstedsregister',
      sort: 'NEWEST',
    });
    expect(search.hits.map((s) => s.id)).toEqual([evaluated, used]);
  });
});
