import { MAIL_TEXTS } from '../src/mail/mail-texts';
import { NotificationEvent } from '../src/notifications/notification-events';
import { OrganizationKind } from '../src/organizations/organization-kind';
import { notificationsDelivered } from './support/search-helpers';
import {
  ADOPT,
  ARCHIVE_SOLUTION,
  CONFIRM,
  CREATE_SOLUTION,
  PROPOSE,
  PUBLISH_SOLUTION,
  solutionInput,
  WITHDRAW,
} from './support/solution-operations';
import { TestApp, type TestUser } from './support/test-app';

const NOTIFICATIONS = `query { notifications(limit: 100, offset: 0) {
  items { id event subjectId subjectTitle actorName adoptionStage } } }`;
const FOLLOW = 'mutation ($id: ID!) { followSolution(solutionId: $id) }';
const SOLUTION = `query ($id: ID!) { solution(id: $id) {
  id status adopterCount inUseCount viewerAdoption { stage } } }`;
const LISTED = 'query { solutions(limit: 100) { items { id } } }';

interface Seen {
  id: string;
  event: string;
  subjectId: string;
  subjectTitle: string;
  actorName: string | null;
  adoptionStage: string | null;
}

describe('owners, followers and adopters hear of adoptions and of archiving', () => {
  let api: TestApp;
  /** The owner's members: one acts (archives), the other only hears. */
  let owner: TestUser;
  let ownerColleague: TestUser;
  let follower: TestUser;
  /** Another organisation's member who neither follows nor adopts. */
  let stranger: TestUser;
  let adopter: TestUser;
  let adopterColleague: TestUser;
  let adopterName: string;
  let ownerName: string;

  beforeAll(async () => {
    api = await TestApp.start();
    owner = await api.createMember(OrganizationKind.MUNICIPALITY);
    ownerColleague = await api.createUser(owner.organizationId);
    follower = await api.createMember(OrganizationKind.COMPANY);
    stranger = await api.createMember(OrganizationKind.MUNICIPALITY);
    adopter = await api.createMember(OrganizationKind.MUNICIPALITY);
    adopterColleague = await api.createUser(adopter.organizationId);
    adopterName = await organizationName(adopter);
    ownerName = await organizationName(owner);
  });
  afterAll(() => api.stop());

  async function organizationName(user: TestUser): Promise<string> {
    const [row] = (await api.dataSource.query('SELECT name FROM organizations WHERE id = $1', [
      user.organizationId,
    ])) as { name: string }[];
    return row.name;
  }

  async function publishedSolution(title = `Løsning ${crypto.randomUUID()}`): Promise<string> {
    const { createSolution } = await api.gqlOk<{ createSolution: { id: string } }>(
      CREATE_SOLUTION,
      { input: solutionInput({ title }) },
      owner.token,
    );
    await api.gqlOk(PUBLISH_SOLUTION, { id: createSolution.id }, owner.token);
    await api.gqlOk(FOLLOW, { id: createSolution.id }, follower.token);
    return createSolution.id;
  }

  async function seenBy(user: TestUser, solutionId: string): Promise<Seen[]> {
    await notificationsDelivered(api);
    const data = await api.gqlOk<{ notifications: { items: Seen[] } }>(NOTIFICATIONS, {}, user.token);
    return data.notifications.items.filter((n) => n.subjectId === solutionId);
  }
  /** "EVENT:STAGE" of each adoption or archive notification the user got about the solution, sorted. */
  const eventsOf = async (user: TestUser, solutionId: string) =>
    (await seenBy(user, solutionId))
      .filter((n) => n.event !== NotificationEvent.SAVED_SEARCH_MATCH)
      .map((n) => `${n.event}:${n.adoptionStage}`)
      .sort();

  describe('adoption events', () => {
    let solutionId: string;
    const expected = [
      'ADOPTION_CONFIRMED:IN_USE',
      'ADOPTION_CONFIRMED:PILOTING',
      'ADOPTION_STAGE_CHANGED:IN_USE',
      'ADOPTION_STOPPED:STOPPED',
      'SOLUTION_ADOPTED:PILOTING',
    ];

    beforeAll(async () => {
      solutionId = await publishedSolution('Robot for fakturamottak');
      const as = (stage: string) => api.gqlOk(ADOPT, { solutionId, stage }, adopter.token);
      await as('PILOTING');
      await as('PILOTING'); // the same stage again confirms it
      await as('IN_USE');
      await api.gqlOk(CONFIRM, { solutionId }, adopter.token);
      await as('STOPPED');
    });

    it('tells every member of the owner and every follower of an adoption, a stage change, a confirmation and a stop', async () => {
      expect(await eventsOf(owner, solutionId)).toEqual(expected);
      expect(await eventsOf(ownerColleague, solutionId)).toEqual(expected);
      expect(await eventsOf(follower, solutionId)).toEqual(expected);
    });

    it('quotes who adopted, the solution and the stage', async () => {
      const adopted = (await seenBy(owner, solutionId)).find((n) => n.event === 'SOLUTION_ADOPTED');
      expect(adopted).toMatchObject({
        subjectTitle: 'Robot for fakturamottak',
        actorName: adopterName,
        adoptionStage: 'PILOTING',
      });
    });

    it('never tells the adopter who acted, its colleagues who do not follow, or other organisations', async () => {
      expect(await eventsOf(adopter, solutionId)).toEqual([]);
      expect(await eventsOf(adopterColleague, solutionId)).toEqual([]);
      expect(await eventsOf(stranger, solutionId)).toEqual([]);
    });

    it('tells a colleague of the adopter who follows the solution, but not the one who acted', async () => {
      await api.gqlOk(FOLLOW, { id: solutionId }, adopterColleague.token);
      await api.gqlOk(FOLLOW, { id: solutionId }, adopter.token);
      await api.gqlOk(ADOPT, { solutionId, stage: 'EVALUATING' }, adopter.token);
      expect(await eventsOf(adopterColleague, solutionId)).toEqual(['ADOPTION_STAGE_CHANGED:EVALUATING']);
      expect(await eventsOf(adopter, solutionId)).toEqual([]);
    });

    it('says nothing of a withdrawal or of the owner’s proposal', async () => {
      const before = await api.count('notification_outbox', 'subject_id = $1', [solutionId]);
      await api.gqlOk(WITHDRAW, { solutionId }, adopter.token);
      await api.gqlOk(PROPOSE, { solutionId, organizationId: stranger.organizationId }, owner.token);
      expect(await api.count('notification_outbox', 'subject_id = $1', [solutionId])).toBe(before);
    });

    it('mails the event through the mail outbox to a member who wants mail at once', async () => {
      const id = await publishedSolution();
      await api.dataSource.query(`UPDATE users SET email_frequency = 'IMMEDIATELY' WHERE id = $1`, [
        ownerColleague.id,
      ]);
      await api.gqlOk(ADOPT, { solutionId: id, stage: 'IN_USE' }, adopter.token);
      const [notification] = await seenBy(ownerColleague, id);
      expect(notification.event).toBe('SOLUTION_ADOPTED');
      expect(
        await api.count('mail_outbox', "kind = 'NOTIFICATION' AND notification_id = $1", [notification.id]),
      ).toBe(1);
    });
  });

  describe('archiving', () => {
    let solutionId: string;
    let stoppedAdopter: TestUser;

    beforeAll(async () => {
      stoppedAdopter = await api.createMember(OrganizationKind.MUNICIPALITY);
      solutionId = await publishedSolution('Chatbot for byggesak');
      await api.gqlOk(ADOPT, { solutionId, stage: 'IN_USE' }, adopter.token);
      await api.gqlOk(ADOPT, { solutionId, stage: 'STOPPED' }, stoppedAdopter.token);
      const { solution } = await api.gqlOk<{ solution: { adopterCount: number } }>(
        SOLUTION,
        { id: solutionId },
        owner.token,
      );
      expect(solution.adopterCount).toBe(1);
      await api.gqlOk(ARCHIVE_SOLUTION, { id: solutionId }, owner.token);
    });

    const archivedEvents = async (user: TestUser) =>
      (await eventsOf(user, solutionId)).filter((e) => e.startsWith('SOLUTION_ARCHIVED'));

    it('tells every member of each adopting organisation and every follower, quoting the owner', async () => {
      for (const user of [adopter, adopterColleague, follower])
        expect(await archivedEvents(user)).toEqual(['SOLUTION_ARCHIVED:null']);
      const [archived] = (await seenBy(adopter, solutionId)).filter((n) => n.event === 'SOLUTION_ARCHIVED');
      expect(archived).toMatchObject({ actorName: ownerName, subjectTitle: 'Chatbot for byggesak' });
    });

    it('tells neither the owner who archived it, nor its colleagues, nor one that stopped using it, nor strangers', async () => {
      for (const user of [owner, ownerColleague, stoppedAdopter, stranger])
        expect(await archivedEvents(user)).toEqual([]);
    });

    it('lets an adopter still see the solution, as archived, change its stage, confirm and withdraw', async () => {
      const { solution } = await api.gqlOk<{ solution: { status: string; viewerAdoption: unknown } }>(
        SOLUTION,
        { id: solutionId },
        adopter.token,
      );
      expect(solution).toMatchObject({ status: 'ARCHIVED', viewerAdoption: { stage: 'IN_USE' } });

      await api.gqlOk(ADOPT, { solutionId, stage: 'PILOTING' }, adopter.token);
      await api.gqlOk(CONFIRM, { solutionId }, adopter.token);
      expect(await eventsOf(owner, solutionId)).toEqual(
        expect.arrayContaining(['ADOPTION_STAGE_CHANGED:PILOTING', 'ADOPTION_CONFIRMED:PILOTING']),
      );
      await api.gqlOk(WITHDRAW, { solutionId }, adopter.token);
      const after = await api.gqlOk<{ solution: { viewerAdoption: unknown } }>(
        SOLUTION,
        { id: solutionId },
        adopter.token,
      );
      expect(after.solution.viewerAdoption).toBeNull();
    });

    it('lets a stranger read it by its address, as archived, but not find it in the list', async () => {
      const { solution } = await api.gqlOk<{ solution: { status: string } }>(
        SOLUTION,
        { id: solutionId },
        stranger.token,
      );
      expect(solution.status).toBe('ARCHIVED');
      const listed = await api.gqlOk<{ solutions: { items: { id: string }[] } }>(LISTED, {}, stranger.token);
      expect(listed.solutions.items.map((s) => s.id)).not.toContain(solutionId);
    });

    it('refuses a new adoption or proposal with SOLUTION_ARCHIVED, and writes nothing', async () => {
      const adoptions = () => api.count('adoptions', 'solution_id = $1', [solutionId]);
      const before = await adoptions();
      const adopt = await api.gql(ADOPT, { solutionId, stage: 'EVALUATING' }, stranger.token);
      expect(adopt.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'SOLUTION_ARCHIVED',
        field: 'solutionId',
      });
      const propose = await api.gql(
        PROPOSE,
        { solutionId, organizationId: stranger.organizationId },
        owner.token,
      );
      expect(propose.errors?.[0]?.extensions).toMatchObject({ reason: 'SOLUTION_ARCHIVED' });
      expect(await adoptions()).toBe(before);
    });

    it('tells again when a solution published anew is archived again', async () => {
      const id = await publishedSolution();
      await api.gqlOk(ADOPT, { solutionId: id, stage: 'IN_USE' }, adopter.token);
      for (const mutation of [ARCHIVE_SOLUTION, PUBLISH_SOLUTION, ARCHIVE_SOLUTION])
        await api.gqlOk(mutation, { id }, owner.token);
      expect((await eventsOf(adopter, id)).filter((e) => e.startsWith('SOLUTION_ARCHIVED'))).toHaveLength(2);
    });
  });

  it('mails the events in bokmål and English', () => {
    const mailed = {
      event: NotificationEvent.ADOPTION_STAGE_CHANGED,
      subjectKind: 'SOLUTION' as const,
      subjectId: 'x',
      savedSearchId: null,
      savedSearchName: null,
      params: { subjectTitle: 'Robot', actorName: 'Bergen kommune', stage: 'PILOTING' as const },
    };
    expect(MAIL_TEXTS.NB.events.ADOPTION_STAGE_CHANGED(mailed)).toBe(
      'Bergen kommune har endret statusen til «Prøver ut»: Robot',
    );
    expect(MAIL_TEXTS.EN.events.ADOPTION_STAGE_CHANGED(mailed)).toBe(
      'Bergen kommune changed its stage to “Piloting”: Robot',
    );
    expect(MAIL_TEXTS.NB.events.SOLUTION_ARCHIVED(mailed)).toBe(
      'Bergen kommune har arkivert en løsning dere bruker eller følger: Robot',
    );
  });
});
