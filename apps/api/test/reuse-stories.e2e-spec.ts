import {
  ADOPT,
  CREATE_SOLUTION,
  GET_REUSE,
  PUBLISH_SOLUTION,
  SET_STORY,
  solutionInput,
} from './support/solution-operations';
import { errorCode, errorField, errorReason, TestApp, type TestUser } from './support/test-app';

interface StoryData {
  hoursSavedPerYear: number | null;
  savingsNokPerYear: number | null;
  adaptations: string | null;
  rating: number | null;
  review: string | null;
}

interface ReuseData {
  hoursSavedPerYear: number;
  savingsNokPerYear: number;
  adoptions: { organization: { id: string }; story: StoryData | null; contact: { name: string } | null }[];
}

const STORY = {
  hoursSavedPerYear: 1200,
  savingsNokPerYear: 850_000,
  adaptations: 'Koblet mot vårt sak/arkiv.',
  rating: 4,
  review: 'Sparte oss et halvt årsverk.',
  contact: {
    name: 'Kari Nordmann',
    role: 'Prosjektleder',
    email: 'kari@kommune.test',
    phone: '+47 55 00 00 00',
  },
};

describe('reuse stories', () => {
  let api: TestApp;
  let owner: TestUser;

  beforeAll(async () => {
    api = await TestApp.start();
    owner = await api.createMember();
  });
  afterAll(() => api.stop());

  async function adoptedSolution(stage = 'IN_USE'): Promise<{ id: string; adopter: TestUser }> {
    const { createSolution } = await api.gqlOk<{ createSolution: { id: string } }>(
      CREATE_SOLUTION,
      { input: solutionInput() },
      owner.token,
    );
    await api.gqlOk(PUBLISH_SOLUTION, { id: createSolution.id }, owner.token);
    const adopter = await api.createMember();
    await api.gqlOk(ADOPT, { solutionId: createSolution.id, stage }, adopter.token);
    return { id: createSolution.id, adopter };
  }

  const reuse = async (id: string, token?: string) =>
    (await api.gqlOk<{ solution: ReuseData }>(GET_REUSE, { id }, token)).solution;

  it('round-trips a story and adds its figures to the solution’s totals', async () => {
    const { id, adopter } = await adoptedSolution();
    const { setReuseStory } = await api.gqlOk<{ setReuseStory: { story: StoryData } }>(
      SET_STORY,
      { solutionId: id, input: STORY },
      adopter.token,
    );
    const { contact, ...figures } = STORY;
    expect(setReuseStory.story).toMatchObject(figures);
    const second = await api.createMember();
    await api.gqlOk(ADOPT, { solutionId: id, stage: 'PILOTING' }, second.token);
    // An adoption without a story adds nothing (LEAST would turn a missing figure into the cap).
    await api.gqlOk(ADOPT, { solutionId: id, stage: 'IN_USE' }, (await api.createMember()).token);
    expect(await reuse(id)).toMatchObject({ hoursSavedPerYear: 1200, savingsNokPerYear: 850_000 });
    await api.gqlOk(
      SET_STORY,
      { solutionId: id, input: { hoursSavedPerYear: 100, savingsNokPerYear: 50_000 } },
      second.token,
    );

    const solution = await reuse(id, owner.token);
    expect(solution).toMatchObject({ hoursSavedPerYear: 1300, savingsNokPerYear: 900_000 });
    expect(solution.adoptions[0]).toMatchObject({ story: figures, contact: { name: contact.name } });
  });

  it('shows the contact person to signed-in users only', async () => {
    const { id, adopter } = await adoptedSolution();
    await api.gqlOk(SET_STORY, { solutionId: id, input: STORY }, adopter.token);
    expect((await reuse(id)).adoptions[0].contact).toBeNull();
    expect((await reuse(id, adopter.token)).adoptions[0].contact).toMatchObject({ name: 'Kari Nordmann' });
  });

  it('leaves a STOPPED adoption’s story out of the totals', async () => {
    const { id, adopter } = await adoptedSolution();
    await api.gqlOk(SET_STORY, { solutionId: id, input: STORY }, adopter.token);
    await api.gqlOk(ADOPT, { solutionId: id, stage: 'STOPPED' }, adopter.token);
    expect(await reuse(id)).toMatchObject({ hoursSavedPerYear: 0, savingsNokPerYear: 0 });
  });

  it('sums past 2^31 NOK as a Float', async () => {
    const { id, adopter } = await adoptedSolution();
    await api.gqlOk(SET_STORY, { solutionId: id, input: { savingsNokPerYear: 100_000_000 } }, adopter.token);
    for (let i = 0; i < 21; i++) {
      const other = await api.createMember();
      await api.gqlOk(ADOPT, { solutionId: id, stage: 'IN_USE' }, other.token);
      await api.gqlOk(SET_STORY, { solutionId: id, input: { savingsNokPerYear: 100_000_000 } }, other.token);
    }
    expect((await reuse(id)).savingsNokPerYear).toBe(2_200_000_000);
  });

  it('refuses figures over the caps and a rating outside 1–5, naming every field, and writes nothing', async () => {
    const { id, adopter } = await adoptedSolution();
    const result = await api.gql(
      SET_STORY,
      {
        solutionId: id,
        input: {
          hoursSavedPerYear: 100_001,
          savingsNokPerYear: 100_000_001,
          rating: 6,
          contact: { name: '', email: 'x' },
        },
      },
      adopter.token,
    );
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    const problems = (result.errors ?? []).map((e) => [e.extensions?.field, e.extensions?.reason]);
    expect(problems).toEqual(
      expect.arrayContaining([
        ['hoursSavedPerYear', 'OUT_OF_RANGE'],
        ['savingsNokPerYear', 'OUT_OF_RANGE'],
        ['rating', 'OUT_OF_RANGE'],
        ['contact.name', 'REQUIRED'],
        ['contact.email', 'NOT_AN_EMAIL'],
      ]),
    );
    expect(await api.count('adoptions', 'solution_id = $1 AND story_updated_at IS NOT NULL', [id])).toBe(0);
  });

  it('lets only a member of the adopting organisation write its story', async () => {
    const { id } = await adoptedSolution();
    const ownerTries = await api.gql(SET_STORY, { solutionId: id, input: STORY }, owner.token);
    expect([errorCode(ownerTries), errorField(ownerTries)]).toEqual(['NOT_FOUND', 'solutionId']);
    const stranger = await api.gql(
      SET_STORY,
      { solutionId: id, input: STORY },
      (await api.createMember()).token,
    );
    expect(errorReason(stranger)).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(SET_STORY, { solutionId: id, input: STORY }))).toBe('UNAUTHENTICATED');
    expect(await api.count('adoptions', 'solution_id = $1 AND story_updated_at IS NOT NULL', [id])).toBe(0);
  });
});
