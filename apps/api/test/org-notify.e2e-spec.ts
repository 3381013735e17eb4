import { MAIL_TEXTS } from '../src/mail/mail-texts';
import { NotificationEvent } from '../src/notifications/notification-events';
import { OrganizationKind } from '../src/organizations/organization-kind';
import { Role } from '../src/users/role';
import { notificationsDelivered } from './support/search-helpers';
import {
  ADOPT,
  ARCHIVE_SOLUTION,
  CONFIRM,
  CREATE_SOLUTION,
  PUBLISH_SOLUTION,
  solutionInput,
} from './support/solution-operations';
import { TestApp, type TestUser } from './support/test-app';

const NOTIFICATIONS = `query { notifications(limit: 50, offset: 0) {
  items { event subjectId subjectTitle actorName adoptionStage } } }`;
const FOLLOW = 'mutation ($id: ID!) { followSolution(solutionId: $id) }';

interface Seen {
  event: string;
  subjectId: string;
  subjectTitle: string;
  actorName: string | null;
  adoptionStage: string | null;
}

describe('owners, followers and adopters hear of adoptions and archiving', () => {
  let api: TestApp;
  let owner: TestUser;
  let follower: TestUser;
  let adopter: TestUser;
  let colleague: TestUser;
  let adopterName: string;

  beforeAll(async () => {
    api = await TestApp.start();
    owner = await api.createMember(OrganizationKind.MUNICIPALITY, Role.MEMBER);
    follower = await api.createMember(OrganizationKind.MUNICIPALITY, Role.MEMBER);
    adopter = await api.createMember(OrganizationKind.MUNICIPALITY, Role.MEMBER);
    colleague = await api.createUser(adopter.organizationId);
    [{ name: adopterName }] = await api.dataSource.query('SELECT name FROM organizations WHERE id = $1', [
      adopter.organizationId,
    ]);
  });
  afterAll(() => api.stop());

  async function publishedSolution(): Promise<string> {
    const created = await api.gqlOk<{ createSolution: { id: string } }>(
      CREATE_SOLUTION,
      { input: solutionInput({ title: `Løsning ${crypto.randomUUID()}` }) },
      owner.token,
    );
    const id = created.createSolution.id;
    await api.gqlOk(PUBLISH_SOLUTION, { id }, owner.token);
    for (const user of [follower, colleague]) await api.gqlOk(FOLLOW, { id }, user.token);
    return id;
  }

  async function seenBy(user: TestUser, solutionId: string): Promise<Seen[]> {
    await notificationsDelivered(api);
    const data = await api.gqlOk<{ notifications: { items: Seen[] } }>(NOTIFICATIONS, {}, user.token);
    return data.notifications.items.filter((n) => n.subjectId === solutionId);
  }
  const events = async (user: TestUser, solutionId: string) =>
    (await seenBy(user, solutionId)).map((n) => `${n.event}:${n.adoptionStage}`).sort();

  it('tells the owner and followers of an adoption, a stage change, a stop and a confirmation', async () => {
    const id = await publishedSolution();
    await api.gqlOk(ADOPT, { solutionId: id, stage: 'EVALUATING' }, adopter.token);
    await api.gqlOk(ADOPT, { solutionId: id, stage: 'IN_USE' }, adopter.token);
    await api.gqlOk(CONFIRM, { solutionId: id }, adopter.token);
    await api.gqlOk(ADOPT, { solutionId: id, stage: 'STOPPED' }, adopter.token);

    const expected = [
      'ADOPTION_CONFIRMED:IN_USE',
      'ADOPTION_STAGE_CHANGED:IN_USE',
      'ADOPTION_STOPPED:STOPPED',
      'SOLUTION_ADOPTED:EVALUATING',
    ];
    expect(await events(owner, id)).toEqual(expected);
    expect(await events(follower, id)).toEqual(expected);
    const [first] = await seenBy(owner, id);
    expect(first.actorName).toBe(adopterName);
    // The acting organisation is never told of its own action, even a colleague who follows.
    expect(await events(adopter, id)).toEqual([]);
    expect(await events(colleague, id)).toEqual([]);
  });

  it('tells adopters and followers when the solution is archived, not the owner', async () => {
    const id = await publishedSolution();
    await api.gqlOk(ADOPT, { solutionId: id, stage: 'PILOTING' }, adopter.token);
    await api.gqlOk(ARCHIVE_SOLUTION, { id }, owner.token);

    for (const user of [adopter, colleague, follower])
      expect((await events(user, id)).filter((e) => e.startsWith('SOLUTION_ARCHIVED'))).toEqual([
        'SOLUTION_ARCHIVED:null',
      ]);
    expect((await events(owner, id)).filter((e) => e.startsWith('SOLUTION_ARCHIVED'))).toEqual([]);
    expect(
      await api.count('notifications', 'event = $1 AND subject_id = $2', [
        NotificationEvent.SOLUTION_ARCHIVED,
        id,
      ]),
    ).toBe(3);
  });

  it('mails the adoption events in bokmål and English', () => {
    const mailed = {
      event: NotificationEvent.ADOPTION_STAGE_CHANGED,
      subjectKind: 'SOLUTION' as const,
      subjectId: 'x',
      savedSearchId: null,
      savedSearchName: null,
      params: { subjectTitle: 'Robot', actorName: 'Bergen kommune', stage: 'PILOTING' as never },
    };
    expect(MAIL_TEXTS.NB.events.ADOPTION_STAGE_CHANGED(mailed)).toBe(
      'Bergen kommune har endret bruken til «Prøver ut»: Robot',
    );
    expect(MAIL_TEXTS.EN.events.ADOPTION_STAGE_CHANGED(mailed)).toBe(
      'Bergen kommune changed its use to “Piloting”: Robot',
    );
    expect(MAIL_TEXTS.NB.events.SOLUTION_ARCHIVED(mailed)).toBe(
      'En løsning dere bruker eller følger er arkivert: Robot',
    );
  });
});
