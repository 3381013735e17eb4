import { OrganizationKind } from '../src/organizations/organization-kind';
import { DEMO_PASSWORD } from '../src/seed/demo-accounts';
import { Seeder } from '../src/seed/seeder';
import { Role } from '../src/users/role';
import {
  ACCEPT_PARTNER,
  CREATE_NOTICE,
  createNeed,
  createNotice,
  JOIN_NEED,
  makePartner,
  NEED_RESPONSES,
  noticeInput,
  respond,
  SET_RESPONSE_STATUS,
} from './support/marketplace';
import { notificationsDelivered } from './support/search-helpers';
import {
  ARCHIVE_SOLUTION,
  CREATE_SOLUTION,
  PUBLISH_SOLUTION,
  solutionInput,
} from './support/solution-operations';
import { errorCode, TestApp, type TestUser } from './support/test-app';

const SAVE_SEARCH = `mutation ($input: SavedSearchInput!) { saveSearch(input: $input) { id name feedUrl } }`;
const NOTIFICATIONS = `query ($unreadOnly: Boolean) {
  notifications(unreadOnly: $unreadOnly, limit: 50) { totalCount unreadCount items { id event subjectTitle noticeTitle responseStatus subjectKind subjectId savedSearchId read } }
}`;
const FOLLOW_NEED = 'mutation ($needId: ID!) { followNeed(needId: $needId) { id viewerFollows } }';
const UNFOLLOW_NEED = 'mutation ($needId: ID!) { unfollowNeed(needId: $needId) { id viewerFollows } }';

interface NotificationData {
  id: string;
  event: string;
  subjectTitle: string;
  noticeTitle: string | null;
  responseStatus: string | null;
  subjectKind: string;
  subjectId: string;
  savedSearchId: string | null;
  read: boolean;
}

describe('following and notifications', () => {
  let api: TestApp;
  let buyer: TestUser;
  beforeAll(async () => {
    api = await TestApp.start();
    buyer = await api.createMember(OrganizationKind.MUNICIPALITY);
  });
  afterAll(() => api.stop());

  /** The user's notifications once everything published so far has been delivered. */
  async function notificationsOf(user: TestUser, unreadOnly = false) {
    await notificationsDelivered(api);
    const data = await api.gqlOk<{ notifications: { unreadCount: number; items: NotificationData[] } }>(
      NOTIFICATIONS,
      { unreadOnly },
      user.token,
    );
    return data.notifications;
  }

  async function saveSearch(user: TestUser, input: Record<string, unknown>) {
    return (
      await api.gqlOk<{ saveSearch: { id: string; feedUrl: string } }>(SAVE_SEARCH, { input }, user.token)
    ).saveSearch;
  }

  const feedPath = (feedUrl: string) => new URL(feedUrl).pathname;
  /** The feed once everything written so far is in the search index, which the feed reads. */
  const fetchFeed = async (path: string) => {
    await notificationsDelivered(api);
    return fetch(new URL(path, api.url));
  };

  describe('saved searches', () => {
    it('notifies a follower of a new matching need or notice, with PostgreSQL full text in Norwegian', async () => {
      const follower = await api.createMember(OrganizationKind.COMPANY);
      const search = await saveSearch(follower, { query: 'robot', serviceAreas: ['okonomi-og-innkjop'] });
      const need = await createNeed(api, buyer, {
        title: 'Roboter for fakturakontroll',
        description: 'Vi ønsker automatisering av fakturakontroll.',
        serviceArea: 'okonomi-og-innkjop',
      });
      await createNeed(api, buyer, { title: 'Roboter i barnehagen', serviceArea: 'oppvekst-og-utdanning' });
      await createNeed(api, buyer, { title: 'Bedre innkjøpsanalyse', serviceArea: 'okonomi-og-innkjop' });
      const { items } = await notificationsOf(follower);
      expect(items).toEqual([
        expect.objectContaining({
          event: 'SAVED_SEARCH_MATCH',
          subjectKind: 'NEED',
          subjectId: need.id,
          savedSearchId: search.id,
          subjectTitle: 'Roboter for fakturakontroll',
          read: false,
        }),
      ]);
    });

    it('honours kinds, CPV divisions and openOnly, and never notifies the author', async () => {
      const follower = await api.createMember(OrganizationKind.COMPANY);
      await saveSearch(follower, { kinds: ['PROCUREMENT_NOTICE'], cpvDivisions: ['85'], openOnly: true });
      await saveSearch(buyer, {});
      await createNeed(api, buyer);
      await createNotice(api, buyer, { cpvCodes: ['72000000-5'] });
      const match = await createNotice(api, buyer, { cpvCodes: ['85000000-9'] });
      expect((await notificationsOf(follower)).items.map((n) => n.subjectId)).toEqual([match.id]);
      expect((await notificationsOf(buyer)).items).toEqual([]);
    });

    it('notifies a follower of a newly published matching solution, once, and not of a draft', async () => {
      const follower = await api.createMember(OrganizationKind.COMPANY);
      const search = await saveSearch(follower, { query: 'komposteringsanlegg', kinds: ['SOLUTION'] });
      const { createSolution: solution } = await api.gqlOk<{ createSolution: { id: string } }>(
        CREATE_SOLUTION,
        { input: solutionInput({ title: 'Styring av komposteringsanlegg' }) },
        buyer.token,
      );
      expect((await notificationsOf(follower)).items).toEqual([]);
      for (const mutation of [PUBLISH_SOLUTION, ARCHIVE_SOLUTION, PUBLISH_SOLUTION]) {
        await api.gqlOk(mutation, { id: solution.id }, buyer.token);
      }
      expect((await notificationsOf(follower)).items).toEqual([
        expect.objectContaining({
          event: 'SAVED_SEARCH_MATCH',
          subjectKind: 'SOLUTION',
          subjectId: solution.id,
          savedSearchId: search.id,
          subjectTitle: 'Styring av komposteringsanlegg',
        }),
      ]);
    });

    it('folds æ, ø and å as the search page does ("byggesoknad" finds "byggesøknad")', async () => {
      const follower = await api.createMember(OrganizationKind.COMPANY);
      await saveSearch(follower, { query: 'byggesoknad aapen' });
      const need = await createNeed(api, buyer, { title: 'Åpen byggesøknad for alle' });
      await createNeed(api, buyer, { title: 'Byggesaker uten søknad' });
      expect((await notificationsOf(follower)).items.map((n) => n.subjectId)).toEqual([need.id]);
    });

    it('matches through the search engine, with its synonyms: a saved «robot» hears of a new «RPA» solution', async () => {
      const follower = await api.createMember(OrganizationKind.COMPANY);
      const search = await saveSearch(follower, { query: 'robot' });
      const { createSolution: solution } = await api.gqlOk<{ createSolution: { id: string } }>(
        CREATE_SOLUTION,
        {
          input: solutionInput({
            title: 'RPA for lønnskjøring',
            summary: 'Automatiserer kontroll av timelister.',
            tags: ['lønn'],
          }),
        },
        buyer.token,
      );
      await api.gqlOk(PUBLISH_SOLUTION, { id: solution.id }, buyer.token);
      expect((await notificationsOf(follower)).items).toEqual([
        expect.objectContaining({
          event: 'SAVED_SEARCH_MATCH',
          subjectId: solution.id,
          savedSearchId: search.id,
          subjectTitle: 'RPA for lønnskjøring',
        }),
      ]);
      const xml = await (await fetchFeed(feedPath(search.feedUrl))).text();
      expect(xml).toContain(`<id>urn:uuid:${solution.id}</id>`);
    });

    it('forgives a typo as the search page does: a saved «byggesøknd» hears of «byggesøknad»', async () => {
      const follower = await api.createMember(OrganizationKind.COMPANY);
      const search = await saveSearch(follower, { query: 'byggesøknd', kinds: ['NEED'] });
      const need = await createNeed(api, buyer, {
        title: 'Enklere byggesøknad for garasjer',
        description: 'Innbyggere sender ufullstendige søknader om garasje.',
      });
      expect((await notificationsOf(follower)).items.map((n) => n.subjectId)).toEqual([need.id]);
      const xml = await (await fetchFeed(feedPath(search.feedUrl))).text();
      expect(xml).toContain(`<id>urn:uuid:${need.id}</id>`);
    });

    it('honours procedures and the county of the owner or buyer', async () => {
      const follower = await api.createMember(OrganizationKind.COMPANY);
      const vestland = await api.createMember(OrganizationKind.MUNICIPALITY);
      await api.dataSource.query("UPDATE organizations SET county_number = '46' WHERE id = $1", [
        vestland.organizationId,
      ]);
      await saveSearch(follower, { procedures: ['MARKET_DIALOGUE'], countyNumbers: ['46'] });
      await createNotice(api, vestland, { procedure: 'INNOVATION_PARTNERSHIP' });
      await createNotice(api, buyer, { procedure: 'MARKET_DIALOGUE' });
      await createNeed(api, vestland);
      const match = await createNotice(api, vestland, { procedure: 'MARKET_DIALOGUE' });
      expect((await notificationsOf(follower)).items.map((n) => n.subjectId)).toEqual([match.id]);
    });

    it('marks only your own notifications read', async () => {
      const follower = await api.createMember(OrganizationKind.COMPANY);
      const other = await api.createMember(OrganizationKind.COMPANY);
      await saveSearch(follower, {});
      await saveSearch(other, {});
      await createNeed(api, buyer);
      await createNeed(api, buyer);
      const mine = await notificationsOf(follower);
      const theirs = await notificationsOf(other);
      expect(mine.unreadCount).toBe(2);
      const marked = await api.gqlOk<{ markNotificationsRead: number }>(
        'mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) }',
        { ids: [mine.items[0].id, theirs.items[0].id] },
        follower.token,
      );
      expect(marked.markNotificationsRead).toBe(1);
      expect((await notificationsOf(follower, true)).items.map((n) => n.id)).toEqual([mine.items[1].id]);
      expect((await notificationsOf(other)).unreadCount).toBe(2);
      expect(errorCode(await api.gql(NOTIFICATIONS, {}))).toBe('UNAUTHENTICATED');
    });

    it('lets only its owner delete a saved search', async () => {
      const owner = await api.createMember(OrganizationKind.COMPANY);
      const search = await saveSearch(owner, { query: 'vann' });
      for (const [kind, role] of [
        [OrganizationKind.COMPANY, Role.ADMIN],
        [OrganizationKind.MUNICIPALITY, Role.MEMBER],
      ] as const) {
        const stranger = await api.createMember(kind, role);
        const result = await api.gql(
          'mutation ($id: ID!) { deleteSavedSearch(id: $id) }',
          { id: search.id },
          stranger.token,
        );
        expect(errorCode(result)).toBe('NOT_FOUND');
      }
      const colleague = await api.createUser(owner.organizationId, { role: Role.ADMIN });
      expect(
        errorCode(
          await api.gql(
            'mutation ($id: ID!) { deleteSavedSearch(id: $id) }',
            { id: search.id },
            colleague.token,
          ),
        ),
      ).toBe('NOT_FOUND');
      expect(await api.count('saved_searches', 'id = $1', [search.id])).toBe(1);
      await api.gqlOk('mutation ($id: ID!) { deleteSavedSearch(id: $id) }', { id: search.id }, owner.token);
      expect(await api.count('saved_searches', 'id = $1', [search.id])).toBe(0);
    });

    it('rejects bad filters, naming the field', async () => {
      const user = await api.createMember(OrganizationKind.COMPANY);
      const bad = await api.gql(SAVE_SEARCH, { input: { cpvDivisions: ['720'] } }, user.token);
      expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cpvDivisions' });
      const area = await api.gql(SAVE_SEARCH, { input: { serviceAreas: ['ingen'] } }, user.token);
      expect(area.errors?.[0].extensions?.field).toBe('serviceAreas');
      const county = await api.gql(SAVE_SEARCH, { input: { countyNumbers: ['99'] } }, user.token);
      expect(county.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'countyNumbers' });
      expect(await api.count('saved_searches', 'user_id = $1', [user.id])).toBe(0);
    });
  });

  describe('following needs and solutions', () => {
    it("notifies the need's owner and accepted partners of a new answer; nobody who may not read it", async () => {
      const need = await createNeed(api, buyer);
      const partner = await api.createMember(OrganizationKind.MUNICIPALITY);
      await makePartner(api, buyer, need.id, partner);
      const joinedOnly = await api.createMember(OrganizationKind.COUNTY_MUNICIPALITY);
      await api.gqlOk(JOIN_NEED, { needId: need.id }, joinedOnly.token);
      const follower = await api.createMember(OrganizationKind.COMPANY);
      await api.gqlOk(FOLLOW_NEED, { needId: need.id }, follower.token);
      const company = await api.createMember(OrganizationKind.COMPANY);
      await respond(api, company, need.id);
      await respond(api, company, need.id, 'Oppdatert forslag');
      for (const user of [buyer, partner]) {
        const answers = (await notificationsOf(user)).items.filter((n) => n.event === 'NEW_NEED_RESPONSE');
        expect(answers.filter((n) => n.subjectId === need.id)).toHaveLength(1);
      }
      for (const user of [joinedOnly, follower, company]) {
        expect((await notificationsOf(user)).items.map((n) => n.event)).not.toContain('NEW_NEED_RESPONSE');
      }
    });

    it('notifies followers of a need, and not those who stopped following, of a procurement for it', async () => {
      const need = await createNeed(api, buyer);
      const participant = await api.createMember(OrganizationKind.COUNTY_MUNICIPALITY);
      await api.gqlOk(JOIN_NEED, { needId: need.id }, participant.token);
      const follower = await api.createMember(OrganizationKind.COMPANY);
      const unfollower = await api.createMember(OrganizationKind.STATE_AGENCY);
      const followed = await api.gqlOk<{ followNeed: { viewerFollows: boolean } }>(
        FOLLOW_NEED,
        { needId: need.id },
        follower.token,
      );
      expect(followed.followNeed.viewerFollows).toBe(true);
      await api.gqlOk(FOLLOW_NEED, { needId: need.id }, unfollower.token);
      await api.gqlOk(UNFOLLOW_NEED, { needId: need.id }, unfollower.token);
      await createNotice(api, buyer, { needId: need.id });
      for (const user of [participant, follower]) {
        const told = (await notificationsOf(user)).items.filter((n) => n.event === 'NEW_NOTICE_FOR_NEED');
        expect(told).toHaveLength(1);
      }
      expect((await notificationsOf(unfollower)).items).toEqual([]);
    });

    it('notifies followers of a solution when a procurement names it as its result', async () => {
      const [solution] = await api.dataSource.query(
        `INSERT INTO solutions (title, summary, description, service_area, status, owner_id, published_at)
         VALUES ('Lekkasjevarsling', 'x', 'x', 'teknikk-vann-og-miljo', 'PUBLISHED', $1, now()) RETURNING id`,
        [buyer.organizationId],
      );
      const follower = await api.createMember(OrganizationKind.MUNICIPALITY);
      await api.gqlOk(
        'mutation ($id: ID!) { followSolution(solutionId: $id) }',
        { id: solution.id },
        follower.token,
      );
      const notice = await createNotice(api, buyer);
      await api.dataSource.query(
        "UPDATE procurement_notices SET deadline = now() - interval '1 day' WHERE id = $1",
        [notice.id],
      );
      await api.gqlOk(
        'mutation ($n: ID!, $s: ID!) { linkResultingSolution(noticeId: $n, solutionId: $s) { id } }',
        { n: notice.id, s: solution.id },
        buyer.token,
      );
      expect((await notificationsOf(follower)).items).toEqual([
        expect.objectContaining({
          event: 'RESULTING_SOLUTION_LINKED',
          subjectKind: 'SOLUTION',
          subjectId: solution.id,
          subjectTitle: 'Lekkasjevarsling',
          noticeTitle: noticeInput().title,
        }),
      ]);
    });
  });

  describe('what a notification quotes', () => {
    it("tells the responder what became of its answer, quoting the need's title", async () => {
      const need = await createNeed(api, buyer, { title: 'Digital innbyggerdialog' });
      const company = await api.createMember(OrganizationKind.COMPANY);
      const answer = await respond(api, company, need.id);
      for (const status of ['SHORTLISTED', 'DECLINED']) {
        await api.gqlOk(SET_RESPONSE_STATUS, { responseId: answer.id, status }, buyer.token);
      }
      const told = (await notificationsOf(company)).items.filter((n) => n.event === 'NEED_RESPONSE_STATUS');
      expect(
        told.map(({ responseStatus, subjectTitle, noticeTitle }) => ({
          responseStatus,
          subjectTitle,
          noticeTitle,
        })),
      ).toEqual([
        { responseStatus: 'DECLINED', subjectTitle: 'Digital innbyggerdialog', noticeTitle: null },
        { responseStatus: 'SHORTLISTED', subjectTitle: 'Digital innbyggerdialog', noticeTitle: null },
      ]);
      const [newAnswer] = (await notificationsOf(buyer)).items.filter(
        (n) => n.event === 'NEW_NEED_RESPONSE' && n.subjectId === need.id,
      );
      expect(newAnswer).toMatchObject({ subjectTitle: 'Digital innbyggerdialog', responseStatus: null });
    });
  });

  describe('Atom feed of a saved search', () => {
    it('is readable without login and lists only public items, escaped', async () => {
      const user = await api.createMember(OrganizationKind.COMPANY);
      const search = await saveSearch(user, { query: 'snøskredvarsling' });
      expect(search.feedUrl).toMatch(
        /^http:\/\/localhost:3000\/feeds\/saved-searches\/[A-Za-z0-9_-]{43}\.atom$/,
      );
      const need = await createNeed(api, buyer, {
        title: 'Snøskredvarsling <ute> & inne',
        description: 'Sensorer for snøskredvarsling',
      });
      await api.dataSource.query(
        `INSERT INTO solutions (title, summary, description, service_area, status, owner_id)
         VALUES ('Hemmelig utkast', 'snøskredvarsling', 'snøskredvarsling', 'beredskap', 'DRAFT', $1)`,
        [buyer.organizationId],
      );
      const response = await fetchFeed(feedPath(search.feedUrl));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
      const xml = await response.text();
      expect(xml).toMatch(
        /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/,
      );
      expect(xml).toContain(`<id>urn:uuid:${need.id}</id>`);
      expect(xml).toContain('<title>Behov: Snøskredvarsling &lt;ute&gt; &amp; inne</title>');
      expect(xml).not.toContain('Hemmelig');
      expect(xml.match(/<entry>/g)).toHaveLength(1);
    });

    it('lists the items that match now, by every filter the notifications use', async () => {
      const follower = await api.createMember(OrganizationKind.COMPANY);
      const vestland = await api.createMember(OrganizationKind.MUNICIPALITY);
      await api.dataSource.query("UPDATE organizations SET county_number = '46' WHERE id = $1", [
        vestland.organizationId,
      ]);
      const search = await saveSearch(follower, {
        query: 'havnedrift',
        kinds: ['PROCUREMENT_NOTICE'],
        procedures: ['MARKET_DIALOGUE'],
        countyNumbers: ['46'],
        cpvDivisions: ['72'],
        openOnly: true,
      });
      const notice = (title: string, user: TestUser, overrides: Record<string, unknown> = {}) =>
        createNotice(api, user, {
          title,
          procedure: 'MARKET_DIALOGUE',
          cpvCodes: ['72000000-5'],
          ...overrides,
        });
      const match = await notice('Markedsdialog om havnedrift', vestland);
      await notice('Havnedrift i en annen region', buyer);
      await notice('Innovasjonspartnerskap om havnedrift', vestland, { procedure: 'INNOVATION_PARTNERSHIP' });
      await notice('Havnedrift med helsetjenester', vestland, { cpvCodes: ['85000000-9'] });
      const cancelled = await notice('Avlyst havnedrift', vestland);
      await notificationsDelivered(api);
      await api.gqlOk(
        'mutation ($id: ID!) { cancelProcurementNotice(id: $id) { id } }',
        { id: cancelled.id },
        vestland.token,
      );
      await createNeed(api, vestland, { title: 'Havnedrift' });
      const xml = await (await fetchFeed(feedPath(search.feedUrl))).text();
      expect(xml.match(/<id>urn:uuid:[^<]+<\/id>/g)).toEqual([`<id>urn:uuid:${match.id}</id>`]);
      // Notified when published, while it was still open: the cancelled notice too.
      expect((await notificationsOf(follower)).items.map((n) => n.subjectId).sort()).toEqual(
        [match.id, cancelled.id].sort(),
      );
    });

    it('answers 404 for an unknown or deleted feed', async () => {
      const user = await api.createMember(OrganizationKind.COMPANY);
      const search = await saveSearch(user, {});
      await api.gqlOk('mutation ($id: ID!) { deleteSavedSearch(id: $id) }', { id: search.id }, user.token);
      expect((await fetchFeed(feedPath(search.feedUrl))).status).toBe(404);
      expect((await fetchFeed('/feeds/saved-searches/not-a-token.atom')).status).toBe(404);
    });
  });

  describe('the demo scenario', () => {
    const login = async (email: string): Promise<TestUser> => {
      const data = await api.gqlOk<{
        login: { token: string; user: { id: string; organization: { id: string } } };
      }>(
        'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id organization { id } } } }',
        { email, password: DEMO_PASSWORD },
      );
      return {
        id: data.login.user.id,
        organizationId: data.login.user.organization.id,
        token: data.login.token,
      };
    };

    it('seeds idempotently: needs, a participant, a startup answer, a linked tender and a concluded procurement', async () => {
      await api.app.get(Seeder).seedDemo();
      const counts = async () =>
        Promise.all(
          ['needs', 'need_participants', 'need_responses', 'procurement_notices', 'need_questions'].map((t) =>
            api.count(t),
          ),
        );
      const first = await counts();
      await api.app.get(Seeder).seedDemo();
      expect(await counts()).toEqual(first);
      const concluded = await api.gqlOk<{
        procurementNotices: {
          items: { need: { status: string }; resultingSolution: { title: string; adoptions: unknown[] } }[];
        };
      }>(
        '{ procurementNotices(filter: { procedures: [COMPETITIVE_PROCEDURE_WITH_NEGOTIATION] }) { items { need { status } resultingSolution { title adoptions { stage } } } } }',
      );
      const chain = concluded.procurementNotices.items.find((n) => n.resultingSolution);
      expect(chain?.need.status).toBe('SOLVED');
      expect(chain?.resultingSolution.adoptions.length).toBeGreaterThan(0);
    });

    it('Oslo posts a need, Bergen joins and is accepted as a partner, the startup answers, Oslo shortlists and tenders; a saved-search follower is told and the feed lists it', async () => {
      await api.app.get(Seeder).seedDemo();
      const [oslo, bergen, startup] = await Promise.all(
        ['innkjop@oslo.test', 'leder@bergen.test', 'post@startup.test'].map(login),
      );
      const follower = await api.createMember(OrganizationKind.COMPANY);
      const search = await saveSearch(follower, {
        name: 'KI i helse',
        query: 'kunstig intelligens',
        kinds: ['PROCUREMENT_NOTICE'],
        cpvDivisions: ['72'],
        openOnly: true,
      });

      const need = await createNeed(api, oslo, {
        title: 'Kunstig intelligens for tidlig varsling av fall',
        description: 'Vi vil bruke kunstig intelligens til å varsle fallrisiko hos hjemmeboende eldre.',
      });
      await api.gqlOk(JOIN_NEED, { needId: need.id }, bergen.token);
      await api.gqlOk(ACCEPT_PARTNER, { needId: need.id, organizationId: bergen.organizationId }, oslo.token);
      const answer = await respond(
        api,
        startup,
        need.id,
        'Fjordkode har en modell for fallrisiko klar for pilot.',
      );
      await api.gqlOk(SET_RESPONSE_STATUS, { responseId: answer.id, status: 'SHORTLISTED' }, oslo.token);
      const { createProcurementNotice: notice } = await api.gqlOk<{
        createProcurementNotice: { id: string; need: { status: string }; isOpen: boolean };
      }>(
        CREATE_NOTICE,
        {
          input: noticeInput({
            title: 'Innovasjonspartnerskap: kunstig intelligens for fallforebygging',
            description:
              'Oslo og Bergen søker partnere til å utvikle varsling av fallrisiko med kunstig intelligens.',
            needId: need.id,
            serviceArea: null,
            externalUrl: 'https://www.doffin.no/',
          }),
        },
        oslo.token,
      );
      expect(notice).toMatchObject({ need: { status: 'IN_PROCUREMENT' }, isOpen: true });

      const bergenSees = await api.gqlOk<{ needResponses: { status: string }[] }>(
        NEED_RESPONSES,
        { needId: need.id },
        bergen.token,
      );
      expect(bergenSees.needResponses).toEqual([
        expect.objectContaining({ status: 'SHORTLISTED', organization: { id: startup.organizationId } }),
      ]);
      const startupNotes = (await notificationsOf(startup)).items.map((n) => n.event);
      expect(startupNotes).toContain('NEED_RESPONSE_STATUS');
      const osloNotes = (await notificationsOf(oslo)).items.map((n) => n.event);
      expect(osloNotes).toContain('NEW_NEED_RESPONSE');
      expect((await notificationsOf(bergen)).items.map((n) => n.event)).toContain('NEED_PARTNER_ACCEPTED');

      expect((await notificationsOf(follower)).items).toEqual([
        expect.objectContaining({
          event: 'SAVED_SEARCH_MATCH',
          subjectKind: 'PROCUREMENT_NOTICE',
          subjectId: notice.id,
        }),
      ]);
      const xml = await (await fetchFeed(feedPath(search.feedUrl))).text();
      expect(xml).toContain('<title>Lokomotiv: KI i helse</title>');
      expect(xml).toContain(`<id>urn:uuid:${notice.id}</id>`);
      expect(xml).toContain('Kunngjøring: Innovasjonspartnerskap: kunstig intelligens for fallforebygging');
    });
  });
});
