import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { AdoptionConfirmationJob } from '../src/adoptions/adoption-confirmation.job';
import { DigestScheduler } from '../src/mail/digest-scheduler';
import { MailSender } from '../src/mail/mail-sender';
import { NotificationFanOut } from '../src/notifications/notification-fan-out';
import { SearchIndexer } from '../src/search/search-indexer';
import { ADOPT, CREATE_SOLUTION, PUBLISH_SOLUTION, solutionInput } from './support/solution-operations';
import { TestApp } from './support/test-app';

const LIST = `query ($limit: Int!) {
  solutions(limit: $limit, filter: { ownerId: null }) {
    items { id owner { name } adoptions { stage organization { name } } viewerAdoption { stage } }
  }
}`;

describe('batched loading', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await TestApp.start();
    for (let i = 0; i < 20; i++) {
      const owner = await api.createMember();
      const { createSolution } = await api.gqlOk<{ createSolution: { id: string } }>(
        CREATE_SOLUTION,
        { input: solutionInput() },
        owner.token,
      );
      await api.gqlOk(PUBLISH_SOLUTION, { id: createSolution.id }, owner.token);
      for (let j = 0; j < 2; j++)
        await api.gqlOk(ADOPT, { solutionId: createSolution.id }, (await api.createMember()).token);
    }
  });
  afterAll(() => api.stop());

  /** Counts the queries of one request; the background workers and jobs, which query too, are stopped. */
  async function queriesFor(limit: number): Promise<number> {
    await api.app.get(SearchIndexer).stop();
    await api.app.get(NotificationFanOut).stop();
    await api.app.get(MailSender).stop();
    await api.app.get(AdoptionConfirmationJob).onModuleDestroy();
    api.app.get(DigestScheduler).onModuleDestroy();
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    const data = await api.gqlOk<{ solutions: { items: { adoptions: unknown[] }[] } }>(LIST, { limit });
    const count = spy.mock.calls.length;
    spy.mockRestore();
    expect(data.solutions.items).toHaveLength(limit);
    expect(data.solutions.items.every((s) => s.adoptions.length === 2)).toBe(true);
    return count;
  }

  it('loads owners and adopters with the same number of queries for 5 or 20 solutions', async () => {
    const few = await queriesFor(5);
    const many = await queriesFor(20);
    expect(many).toBe(few);
    expect(few).toBeGreaterThanOrEqual(3); // the page, its count, owners and adoptions: the spy sees them
    expect(many).toBeLessThanOrEqual(6);
  });
});
