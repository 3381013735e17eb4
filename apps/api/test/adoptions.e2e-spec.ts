import {
  ADOPT,
  CREATE_SOLUTION,
  GET_SOLUTION,
  PUBLISH_SOLUTION,
  solutionInput,
  WITHDRAW,
} from './support/solution-operations';
import { errorCode, errorField, TestApp, type TestUser } from './support/test-app';

interface SolutionData {
  id: string;
  reuseCount: number;
  adoptions: { stage: string; organization: { id: string } }[];
}

describe('adoptions and the reuse counter', () => {
  let api: TestApp;
  let owner: TestUser;

  beforeAll(async () => {
    api = await TestApp.start();
    owner = await api.createMember();
  });
  afterAll(() => api.stop());

  async function publishedSolution(): Promise<string> {
    const { createSolution } = await api.gqlOk<{ createSolution: { id: string } }>(
      CREATE_SOLUTION,
      { input: solutionInput() },
      owner.token,
    );
    await api.gqlOk(PUBLISH_SOLUTION, { id: createSolution.id }, owner.token);
    return createSolution.id;
  }

  const solution = async (id: string) =>
    (await api.gqlOk<{ solution: SolutionData }>(GET_SOLUTION, { id })).solution;
  const storedCount = async (id: string) =>
    (
      (await api.dataSource.query('SELECT reuse_count FROM solutions WHERE id = $1', [id])) as {
        reuse_count: number;
      }[]
    )[0].reuse_count;

  it('counts an adoption once, and a repeat only changes the stage', async () => {
    const id = await publishedSolution();
    const adopter = await api.createMember();
    const first = await api.gqlOk<{ adoptSolution: { stage: string } }>(
      ADOPT,
      { solutionId: id },
      adopter.token,
    );
    expect(first.adoptSolution.stage).toBe('EVALUATING');
    await api.gqlOk(ADOPT, { solutionId: id, stage: 'IN_USE' }, adopter.token);
    expect(await solution(id)).toMatchObject({
      reuseCount: 1,
      adoptions: [{ stage: 'IN_USE', organization: { id: adopter.organizationId } }],
    });
  });

  it('takes an adoption back with withdrawAdoption, and a second withdraw changes nothing', async () => {
    const id = await publishedSolution();
    const adopter = await api.createMember();
    await api.gqlOk(ADOPT, { solutionId: id }, adopter.token);
    expect((await api.gqlOk(WITHDRAW, { solutionId: id }, adopter.token)).withdrawAdoption).toBe(true);
    expect((await api.gqlOk(WITHDRAW, { solutionId: id }, adopter.token)).withdrawAdoption).toBe(false);
    expect(await solution(id)).toMatchObject({ reuseCount: 0, adoptions: [] });
  });

  it('refuses an organisation adopting its own solution, and writes nothing', async () => {
    const id = await publishedSolution();
    const result = await api.gql(ADOPT, { solutionId: id }, owner.token);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe('solutionId');
    expect(await api.count('adoptions', 'solution_id = $1', [id])).toBe(0);
  });

  it('cannot adopt another organisation’s draft: it does not exist for them', async () => {
    const { createSolution } = await api.gqlOk<{ createSolution: { id: string } }>(
      CREATE_SOLUTION,
      { input: solutionInput() },
      owner.token,
    );
    const result = await api.gql(ADOPT, { solutionId: createSolution.id }, (await api.createMember()).token);
    expect(errorCode(result)).toBe('NOT_FOUND');
    expect(await api.count('adoptions', 'solution_id = $1', [createSolution.id])).toBe(0);
  });

  it('requires a login', async () => {
    const id = await publishedSolution();
    expect(errorCode(await api.gql(ADOPT, { solutionId: id }))).toBe('UNAUTHENTICATED');
  });

  it('stays exact under concurrency: 200 adopt at once, adopt again at once, then 50 withdraw at once', async () => {
    const id = await publishedSolution();
    const adopters: TestUser[] = [];
    for (let i = 0; i < 200; i++) adopters.push(await api.createMember());

    const adoptAll = () =>
      Promise.all(
        adopters.map((a, i) =>
          api.gql(ADOPT, { solutionId: id, stage: i % 2 ? 'PILOTING' : 'IN_USE' }, a.token),
        ),
      );
    expect((await adoptAll()).filter((r) => r.errors)).toEqual([]);
    expect((await solution(id)).reuseCount).toBe(200);

    expect((await adoptAll()).filter((r) => r.errors)).toEqual([]);
    expect((await solution(id)).reuseCount).toBe(200);

    const withdrawals = await Promise.all(
      adopters.slice(0, 50).map((a) => api.gql(WITHDRAW, { solutionId: id }, a.token)),
    );
    expect(withdrawals.map((r) => r.data?.withdrawAdoption)).toEqual(Array(50).fill(true));
    expect((await solution(id)).reuseCount).toBe(150);
    expect(await storedCount(id)).toBe(150);
    expect(await api.count('adoptions', 'solution_id = $1', [id])).toBe(150);
  });

  it('answers an adopt racing a withdraw of the same organisation, and keeps the counter exact', async () => {
    const id = await publishedSolution();
    const adopters: TestUser[] = [];
    for (let i = 0; i < 20; i++) adopters.push(await api.createMember());
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        adopters.flatMap((a) => [
          api.gql(ADOPT, { solutionId: id, stage: 'IN_USE' }, a.token),
          api.gql(WITHDRAW, { solutionId: id }, a.token),
        ]),
      ).flat(),
    );
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const adopted = await api.count('adoptions', 'solution_id = $1', [id]);
    expect(await storedCount(id)).toBe(adopted);
    expect((await solution(id)).reuseCount).toBe(adopted);
  });
});
