import { AdoptionConfirmationJob } from '../src/adoptions/adoption-confirmation.job';
import {
  ADOPT,
  CONFIRM,
  CREATE_SOLUTION,
  GET_REUSE,
  GET_SOLUTION,
  PROPOSE,
  PUBLISH_SOLUTION,
  solutionInput,
  WITHDRAW,
} from './support/solution-operations';
import { errorCode, errorField, errorReason, MovableClock, TestApp, type TestUser } from './support/test-app';

interface AdoptionData {
  stage: string;
  counts: boolean;
  confirmedAt: string | null;
  confirmationDueAt: string | null;
  awaitingConfirmation: boolean;
  organization: { id: string };
}

interface ReuseData {
  reuseCount: number;
  inUseCount: number;
  pilotingCount: number;
  evaluatingCount: number;
  adoptions: AdoptionData[];
}

const DAY_MS = 24 * 60 * 60_000;

describe('adoptions and the reuse counter', () => {
  const clock = new MovableClock();
  let api: TestApp;
  let owner: TestUser;

  beforeAll(async () => {
    api = await TestApp.start({}, { clock });
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

  const reuse = async (id: string) => (await api.gqlOk<{ solution: ReuseData }>(GET_REUSE, { id })).solution;
  const stored = async (id: string) =>
    (
      (await api.dataSource.query(
        `SELECT reuse_count, in_use_count, piloting_count, evaluating_count FROM solutions WHERE id = $1`,
        [id],
      )) as { reuse_count: number; in_use_count: number; piloting_count: number; evaluating_count: number }[]
    )[0];
  const runJob = () => api.app.get(AdoptionConfirmationJob).runOnce();

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
    expect((await api.gqlOk<{ solution: ReuseData }>(GET_SOLUTION, { id })).solution).toMatchObject({
      reuseCount: 1,
      adoptions: [{ stage: 'IN_USE', organization: { id: adopter.organizationId } }],
    });
  });

  it('counts each stage apart; STOPPED is kept for the record and never counted', async () => {
    const id = await publishedSolution();
    const stages = ['IN_USE', 'IN_USE', 'PILOTING', 'EVALUATING', 'STOPPED'];
    for (const stage of stages) {
      await api.gqlOk(ADOPT, { solutionId: id, stage }, (await api.createMember()).token);
    }
    const solution = await reuse(id);
    expect(solution).toMatchObject({ reuseCount: 4, inUseCount: 2, pilotingCount: 1, evaluatingCount: 1 });
    expect(solution.adoptions.map((a) => [a.stage, a.counts])).toEqual([
      ['IN_USE', true],
      ['IN_USE', true],
      ['PILOTING', true],
      ['EVALUATING', true],
      ['STOPPED', false],
    ]);
    expect(await stored(id)).toEqual({
      reuse_count: 4,
      in_use_count: 2,
      piloting_count: 1,
      evaluating_count: 1,
    });
  });

  it('moves the counters when an adopter stops, and back when it starts again', async () => {
    const id = await publishedSolution();
    const adopter = await api.createMember();
    await api.gqlOk(ADOPT, { solutionId: id, stage: 'IN_USE' }, adopter.token);
    await api.gqlOk(ADOPT, { solutionId: id, stage: 'STOPPED' }, adopter.token);
    expect(await reuse(id)).toMatchObject({
      reuseCount: 0,
      inUseCount: 0,
      adoptions: [{ stage: 'STOPPED' }],
    });
    await api.gqlOk(ADOPT, { solutionId: id, stage: 'PILOTING' }, adopter.token);
    expect(await reuse(id)).toMatchObject({ reuseCount: 1, pilotingCount: 1 });
  });

  it('takes an adoption back with withdrawAdoption, and a second withdraw changes nothing', async () => {
    const id = await publishedSolution();
    const adopter = await api.createMember();
    await api.gqlOk(ADOPT, { solutionId: id }, adopter.token);
    expect((await api.gqlOk(WITHDRAW, { solutionId: id }, adopter.token)).withdrawAdoption).toBe(true);
    expect((await api.gqlOk(WITHDRAW, { solutionId: id }, adopter.token)).withdrawAdoption).toBe(false);
    expect(await reuse(id)).toMatchObject({ reuseCount: 0, evaluatingCount: 0, adoptions: [] });
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
    expect(errorCode(await api.gql(CONFIRM, { solutionId: id }))).toBe('UNAUTHENTICATED');
  });

  describe('proposals by the owner', () => {
    it('records a proposal at IN_USE that waits for the adopter and counts once it confirms', async () => {
      const id = await publishedSolution();
      const adopter = await api.createMember();
      const { proposeAdopter } = await api.gqlOk<{ proposeAdopter: AdoptionData }>(
        PROPOSE,
        { solutionId: id, organizationId: adopter.organizationId },
        owner.token,
      );
      expect(proposeAdopter).toMatchObject({
        stage: 'IN_USE',
        counts: false,
        confirmedAt: null,
        awaitingConfirmation: true,
      });
      expect(await reuse(id)).toMatchObject({ reuseCount: 0, inUseCount: 0 });

      const { confirmAdoption } = await api.gqlOk<{ confirmAdoption: AdoptionData }>(
        CONFIRM,
        { solutionId: id },
        adopter.token,
      );
      expect(confirmAdoption).toMatchObject({ stage: 'IN_USE', counts: true, awaitingConfirmation: false });
      expect(await reuse(id)).toMatchObject({ reuseCount: 1, inUseCount: 1 });
    });

    it('proposes at the stage the owner names', async () => {
      const id = await publishedSolution();
      const adopter = await api.createMember();
      const { proposeAdopter } = await api.gqlOk<{ proposeAdopter: AdoptionData }>(
        PROPOSE,
        { solutionId: id, organizationId: adopter.organizationId, stage: 'PILOTING' },
        owner.token,
      );
      expect(proposeAdopter.stage).toBe('PILOTING');
    });

    it('lets the proposed organisation decline by withdrawing', async () => {
      const id = await publishedSolution();
      const adopter = await api.createMember();
      await api.gqlOk(PROPOSE, { solutionId: id, organizationId: adopter.organizationId }, owner.token);
      expect((await api.gqlOk(WITHDRAW, { solutionId: id }, adopter.token)).withdrawAdoption).toBe(true);
      expect(await api.count('adoptions', 'solution_id = $1', [id])).toBe(0);
    });

    it('refuses a proposal by anyone but the owner, and writes nothing', async () => {
      const id = await publishedSolution();
      const stranger = await api.createMember();
      const adopter = await api.createMember();
      const result = await api.gql(
        PROPOSE,
        { solutionId: id, organizationId: adopter.organizationId },
        stranger.token,
      );
      expect(errorCode(result)).toBe('FORBIDDEN');
      expect(errorReason(result)).toBe('NOT_SOLUTION_OWNER');
      expect(await api.count('adoptions', 'solution_id = $1', [id])).toBe(0);
    });

    it('refuses proposing the owner itself, an unknown organisation, or one that already adopted', async () => {
      const id = await publishedSolution();
      const own = await api.gql(
        PROPOSE,
        { solutionId: id, organizationId: owner.organizationId },
        owner.token,
      );
      expect([errorReason(own), errorField(own)]).toEqual(['CANNOT_ADOPT_OWN_SOLUTION', 'organizationId']);
      const unknown = await api.gql(
        PROPOSE,
        { solutionId: id, organizationId: '00000000-0000-4000-8000-000000000000' },
        owner.token,
      );
      expect([errorCode(unknown), errorField(unknown)]).toEqual(['NOT_FOUND', 'organizationId']);

      const adopter = await api.createMember();
      await api.gqlOk(ADOPT, { solutionId: id, stage: 'PILOTING' }, adopter.token);
      const again = await api.gql(
        PROPOSE,
        { solutionId: id, organizationId: adopter.organizationId },
        owner.token,
      );
      expect([errorCode(again), errorReason(again)]).toEqual(['CONFLICT', 'ADOPTION_EXISTS']);
      expect(await reuse(id)).toMatchObject({
        reuseCount: 1,
        pilotingCount: 1,
        adoptions: [{ stage: 'PILOTING' }],
      });
    });

    it('refuses confirming an adoption the organisation does not have', async () => {
      const id = await publishedSolution();
      const result = await api.gql(CONFIRM, { solutionId: id }, (await api.createMember()).token);
      expect([errorCode(result), errorField(result)]).toEqual(['NOT_FOUND', 'solutionId']);
    });
  });

  describe('yearly confirmation, with the clock moved', () => {
    const notificationsOf = async (user: TestUser, event: string) =>
      api.count('notifications', 'user_id = $1 AND event = $2', [user.id, event]);

    it('is due a year after the confirmation', async () => {
      const id = await publishedSolution();
      const adopter = await api.createMember();
      await api.gqlOk(ADOPT, { solutionId: id, stage: 'IN_USE' }, adopter.token);
      const [adoption] = (await reuse(id)).adoptions;
      const confirmed = new Date(adoption.confirmedAt ?? '');
      expect(Math.abs(confirmed.getTime() - clock.now().getTime())).toBeLessThan(60_000);
      const due = new Date(confirmed);
      due.setUTCFullYear(due.getUTCFullYear() + 1);
      expect(adoption.confirmationDueAt).toBe(due.toISOString());
    });

    it('asks, reminds, then stops counting after the grace period; a confirmation counts it again', async () => {
      const id = await publishedSolution();
      const adopter = await api.createMember();
      const colleague = await api.createUser(adopter.organizationId);
      await api.gqlOk(ADOPT, { solutionId: id, stage: 'IN_USE' }, adopter.token);

      clock.advanceDays(365 - 31);
      await runJob();
      expect(await notificationsOf(colleague, 'ADOPTION_CONFIRMATION_DUE')).toBe(0);

      clock.advanceDays(2);
      await runJob();
      await eventuallyCount(() => notificationsOf(colleague, 'ADOPTION_CONFIRMATION_DUE'), 1);
      await runJob();

      clock.advanceDays(29 + 20);
      await runJob();
      await eventuallyCount(() => notificationsOf(adopter, 'ADOPTION_CONFIRMATION_REMINDER'), 1);
      expect(await reuse(id)).toMatchObject({ reuseCount: 1, inUseCount: 1, adoptions: [{ counts: true }] });

      clock.advanceDays(11);
      expect((await reuse(id)).adoptions[0].counts).toBe(false);
      const outboxBefore = await api.count('search_outbox', 'document_id = $1', [id]);
      // Earlier tests' adoptions lapse in the same run.
      expect((await runJob()).recounted).toBeGreaterThanOrEqual(1);
      expect(await reuse(id)).toMatchObject({
        reuseCount: 0,
        inUseCount: 0,
        adoptions: [{ stage: 'IN_USE' }],
      });
      expect(await stored(id)).toMatchObject({ reuse_count: 0, in_use_count: 0 });
      expect(await api.count('search_outbox', 'document_id = $1', [id])).toBe(outboxBefore + 1);
      expect((await runJob()).recounted).toBe(0);

      const { confirmAdoption } = await api.gqlOk<{ confirmAdoption: AdoptionData }>(
        CONFIRM,
        { solutionId: id },
        adopter.token,
      );
      expect(confirmAdoption.counts).toBe(true);
      expect(new Date(confirmAdoption.confirmationDueAt ?? '').getTime()).toBeGreaterThan(
        clock.now().getTime() + 364 * DAY_MS,
      );
      expect(await reuse(id)).toMatchObject({ reuseCount: 1, inUseCount: 1 });
    });

    it('runs on one replica at a time: while another holds the lock it does nothing', async () => {
      const id = await publishedSolution();
      await api.gqlOk(ADOPT, { solutionId: id, stage: 'IN_USE' }, (await api.createMember()).token);
      clock.advanceDays(400);
      const holder = api.dataSource.createQueryRunner();
      await holder.connect();
      await holder.startTransaction();
      try {
        await holder.query("SELECT pg_advisory_xact_lock(hashtextextended('adoption-confirmation-job', 0))");
        expect(await runJob()).toEqual({ ran: false, asked: 0, reminded: 0, recounted: 0 });
        expect(await stored(id)).toMatchObject({ reuse_count: 1 });
      } finally {
        await holder.rollbackTransaction();
        await holder.release();
      }
      expect((await runJob()).ran).toBe(true);
      expect(await stored(id)).toMatchObject({ reuse_count: 0 });
    });
  });

  it('stays exact under concurrency: 200 adopt, adopt again, confirm and lapse, then 100 withdraw at once', async () => {
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
    expect(await reuse(id)).toMatchObject({ reuseCount: 200, inUseCount: 100, pilotingCount: 100 });

    expect((await adoptAll()).filter((r) => r.errors)).toEqual([]);
    expect((await reuse(id)).reuseCount).toBe(200);

    // A year and the grace later: half confirm while the job lapses the rest, all at once.
    clock.advanceDays(365 + 31);
    const [confirmations] = await Promise.all([
      Promise.all(adopters.slice(0, 100).map((a) => api.gql(CONFIRM, { solutionId: id }, a.token))),
      runJob(),
      runJob(),
    ]);
    expect(confirmations.filter((r) => r.errors)).toEqual([]);
    await runJob();
    expect(await reuse(id)).toMatchObject({ reuseCount: 100, inUseCount: 50, pilotingCount: 50 });

    const withdrawals = await Promise.all(
      adopters.slice(50, 150).map((a) => api.gql(WITHDRAW, { solutionId: id }, a.token)),
    );
    expect(withdrawals.map((r) => r.data?.withdrawAdoption)).toEqual(Array(100).fill(true));
    expect(await reuse(id)).toMatchObject({ reuseCount: 50, inUseCount: 25, pilotingCount: 25 });
    expect(await stored(id)).toEqual({
      reuse_count: 50,
      in_use_count: 25,
      piloting_count: 25,
      evaluating_count: 0,
    });
    expect(await api.count('adoptions', 'solution_id = $1', [id])).toBe(100);
    expect(await api.count('adoptions', 'solution_id = $1 AND counted', [id])).toBe(50);
  }, 240_000);

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
    expect((await stored(id)).reuse_count).toBe(adopted);
    expect((await reuse(id)).reuseCount).toBe(adopted);
  });
});

/** Notifications are fanned out after the job commits. */
async function eventuallyCount(read: () => Promise<number>, expected: number): Promise<void> {
  const deadline = Date.now() + 5000;
  while ((await read()) !== expected) {
    if (Date.now() > deadline) throw new Error(`expected ${expected}, still ${await read()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
