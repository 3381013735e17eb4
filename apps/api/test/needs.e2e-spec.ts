import { OrganizationKind } from '../src/organizations/organization-kind';
import { Role } from '../src/users/role';
import {
  ACCEPT_PARTNER,
  CHANGE_NEED_STATUS,
  CREATE_NEED,
  colleague,
  createNeed,
  JOIN_NEED,
  KIND_ROLE_MATRIX,
  LEAVE_NEED,
  makePartner,
  NEED_RESPONSES,
  needInput,
  PUBLIC_KINDS,
  REMOVE_PARTNER,
  RESPOND,
  ROLES,
  respond,
  SET_RESPONSE_STATUS,
  UPDATE_NEED,
} from './support/marketplace';
import { outboxDrained } from './support/search-helpers';
import { errorCode, errorField, errorReason, TestApp, type TestUser } from './support/test-app';

const ASK = `mutation ($needId: ID!, $question: String!) { askNeedQuestion(needId: $needId, question: $question) { id question answer } }`;
const ANSWER = `mutation ($questionId: ID!, $answer: String!) { answerNeedQuestion(questionId: $questionId, answer: $answer) { id answer answeredAt } }`;
const isPublic = (kind: OrganizationKind) => PUBLIC_KINDS.includes(kind);
const VIEWER_ROLE = 'query ($id: ID!) { need(id: $id) { viewerRole viewerHasJoined viewerCanEdit } }';

describe('needs', () => {
  let api: TestApp;
  let oslo: TestUser;
  beforeAll(async () => {
    api = await TestApp.start();
    oslo = await api.createMember(OrganizationKind.MUNICIPALITY, Role.MEMBER);
  });
  afterAll(() => api.stop());

  describe('createNeed: organisation kind × role', () => {
    it.each(KIND_ROLE_MATRIX)(
      '%s %s: public bodies succeed, others are FORBIDDEN and write nothing',
      async (kind, role) => {
        const user = await api.createMember(kind, role);
        const before = await api.count('needs');
        const outboxBefore = await api.count('search_outbox', "document_kind = 'NEED'");
        const result = await api.gql<{ createNeed: { status: string; owner: { id: string } } }>(
          CREATE_NEED,
          { input: needInput() },
          user.token,
        );
        if (isPublic(kind)) {
          expect(result.data?.createNeed).toMatchObject({
            status: 'OPEN',
            owner: { id: user.organizationId },
          });
          expect(await api.count('search_outbox', "document_kind = 'NEED'")).toBe(outboxBefore + 1);
        } else {
          expect(errorCode(result)).toBe('FORBIDDEN');
          expect(await api.count('needs')).toBe(before);
          expect(await api.count('search_outbox', "document_kind = 'NEED'")).toBe(outboxBefore);
        }
      },
    );

    it('refuses an anonymous caller with UNAUTHENTICATED', async () => {
      expect(errorCode(await api.gql(CREATE_NEED, { input: needInput() }))).toBe('UNAUTHENTICATED');
    });

    it.each([
      ['title', { title: '  ' }],
      ['title', { title: 'x'.repeat(201) }],
      ['description', { description: '' }],
      ['serviceArea', { serviceArea: 'ukjent-omrade' }],
    ])('rejects a bad %s and writes nothing', async (field, override) => {
      const before = await api.count('needs');
      const result = await api.gql(CREATE_NEED, { input: needInput(override) }, oslo.token);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(errorField(result)).toBe(field);
      expect(await api.count('needs')).toBe(before);
    });
  });

  describe('updateNeed and changeNeedStatus: own or other organisation', () => {
    it.each(ROLES)('a %s of the owner may update the need', async (role) => {
      const need = await createNeed(api, oslo);
      const member = await colleague(api, oslo, role);
      const data = await api.gqlOk<{ updateNeed: { title: string } }>(
        UPDATE_NEED,
        { id: need.id, input: needInput({ title: 'Nytt navn' }) },
        member.token,
      );
      expect(data.updateNeed.title).toBe('Nytt navn');
    });

    it.each(KIND_ROLE_MATRIX)(
      'a %s %s of another organisation is FORBIDDEN and changes nothing',
      async (kind, role) => {
        const need = await createNeed(api, oslo);
        const stranger = await api.createMember(kind, role);
        const update = await api.gql(
          UPDATE_NEED,
          { id: need.id, input: needInput({ title: 'Kapret' }) },
          stranger.token,
        );
        const status = await api.gql(
          CHANGE_NEED_STATUS,
          { id: need.id, status: 'IN_PROCUREMENT' },
          stranger.token,
        );
        expect(errorCode(update)).toBe('FORBIDDEN');
        expect(errorCode(status)).toBe('FORBIDDEN');
        expect(await api.count('needs', "id = $1 AND title <> 'Kapret' AND status = 'OPEN'", [need.id])).toBe(
          1,
        );
      },
    );

    it('answers NOT_FOUND for an unknown need', async () => {
      const result = await api.gql(UPDATE_NEED, { id: crypto.randomUUID(), input: needInput() }, oslo.token);
      expect(errorCode(result)).toBe('NOT_FOUND');
    });
  });

  describe('status transitions', () => {
    const statuses = ['OPEN', 'IN_PROCUREMENT', 'SOLVED', 'CLOSED'];
    const allowed = new Set(['OPEN>IN_PROCUREMENT', 'IN_PROCUREMENT>SOLVED', 'IN_PROCUREMENT>CLOSED']);
    const pairs = statuses.flatMap((from) => statuses.map((to) => [from, to]));

    async function needWithStatus(status: string) {
      const need = await createNeed(api, oslo);
      await api.dataSource.query('UPDATE needs SET status = $2 WHERE id = $1', [need.id, status]);
      return need;
    }

    it.each(pairs.filter(([from, to]) => allowed.has(`${from}>${to}`)))(
      'allows %s → %s',
      async (from, to) => {
        const need = await needWithStatus(from);
        const data = await api.gqlOk<{ changeNeedStatus: { status: string } }>(
          CHANGE_NEED_STATUS,
          { id: need.id, status: to },
          oslo.token,
        );
        expect(data.changeNeedStatus.status).toBe(to);
      },
    );

    it.each(pairs.filter(([from, to]) => !allowed.has(`${from}>${to}`)))(
      'refuses %s → %s',
      async (from, to) => {
        const need = await needWithStatus(from);
        const result = await api.gql(CHANGE_NEED_STATUS, { id: need.id, status: to }, oslo.token);
        expect(errorCode(result)).toBe('BAD_USER_INPUT');
        expect(errorField(result)).toBe('status');
        expect(await api.count('needs', 'id = $1 AND status = $2', [need.id, from])).toBe(1);
      },
    );
  });

  describe('joinNeed and leaveNeed', () => {
    it.each(KIND_ROLE_MATRIX)(
      '%s %s of another organisation: public bodies join, others are FORBIDDEN',
      async (kind, role) => {
        const need = await createNeed(api, oslo);
        const user = await api.createMember(kind, role);
        const result = await api.gql<{
          joinNeed: { participantCount: number; participants: { id: string }[] };
        }>(JOIN_NEED, { needId: need.id }, user.token);
        if (isPublic(kind)) {
          expect(result.data?.joinNeed).toEqual({
            ...result.data?.joinNeed,
            participantCount: 1,
            participants: [{ id: user.organizationId }],
          });
        } else {
          expect(errorCode(result)).toBe('FORBIDDEN');
          expect(await api.count('need_participants', 'need_id = $1', [need.id])).toBe(0);
        }
      },
    );

    it.each(ROLES)('refuses the owner joining its own need (%s) and writes nothing', async (role) => {
      const need = await createNeed(api, oslo);
      const member = await colleague(api, oslo, role);
      const result = await api.gql(JOIN_NEED, { needId: need.id }, member.token);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(await api.count('need_participants', 'need_id = $1', [need.id])).toBe(0);
    });

    it('is idempotent and keeps the participant count exact under concurrent joins', async () => {
      const need = await createNeed(api, oslo);
      const bergen = await api.createMember(OrganizationKind.MUNICIPALITY);
      const county = await api.createMember(OrganizationKind.COUNTY_MUNICIPALITY);
      const bergenAgain = await colleague(api, bergen, Role.ADMIN);
      await Promise.all(
        [bergen, bergenAgain, bergen, county, county].map((u) =>
          api.gqlOk(JOIN_NEED, { needId: need.id }, u.token),
        ),
      );
      const counts = await api.dataSource.query('SELECT participant_count FROM needs WHERE id = $1', [
        need.id,
      ]);
      expect(counts[0].participant_count).toBe(2);
      const left = await api.gqlOk<{ leaveNeed: { participantCount: number } }>(
        LEAVE_NEED,
        { needId: need.id },
        bergen.token,
      );
      expect(left.leaveNeed.participantCount).toBe(1);
      const again = await api.gqlOk<{ leaveNeed: { participantCount: number } }>(
        LEAVE_NEED,
        { needId: need.id },
        bergen.token,
      );
      expect(again.leaveNeed.participantCount).toBe(1);
    });

    it('refuses joining a SOLVED or CLOSED need', async () => {
      const need = await createNeed(api, oslo);
      await api.dataSource.query("UPDATE needs SET status = 'CLOSED' WHERE id = $1", [need.id]);
      const bergen = await api.createMember(OrganizationKind.MUNICIPALITY);
      expect(errorCode(await api.gql(JOIN_NEED, { needId: need.id }, bergen.token))).toBe('BAD_USER_INPUT');
    });
  });

  describe('respondToNeed', () => {
    it.each(KIND_ROLE_MATRIX)(
      '%s %s: companies answer, others are FORBIDDEN and write nothing',
      async (kind, role) => {
        const need = await createNeed(api, oslo);
        const user = await api.createMember(kind, role);
        const result = await api.gql<{ respondToNeed: { pitch: string; status: string } }>(
          RESPOND,
          { needId: need.id, pitch: 'Vi kan levere dette.' },
          user.token,
        );
        if (kind === OrganizationKind.COMPANY) {
          expect(result.data?.respondToNeed).toMatchObject({
            pitch: 'Vi kan levere dette.',
            status: 'SUBMITTED',
          });
        } else {
          expect(errorCode(result)).toBe('FORBIDDEN');
          expect(await api.count('need_responses', 'need_id = $1', [need.id])).toBe(0);
          expect(await api.count('needs', 'id = $1 AND response_count = 0', [need.id])).toBe(1);
        }
      },
    );

    it('keeps one answer per company: a repeat replaces the pitch, and the count stays exact', async () => {
      const need = await createNeed(api, oslo);
      const company = await api.createMember(OrganizationKind.COMPANY, Role.ADMIN);
      const other = await colleague(api, company, Role.MEMBER);
      await Promise.all([
        api.gqlOk(RESPOND, { needId: need.id, pitch: 'Første' }, company.token),
        api.gqlOk(RESPOND, { needId: need.id, pitch: 'Andre' }, other.token),
      ]);
      await respond(api, company, need.id, 'Endelig forslag');
      expect(await api.count('need_responses', 'need_id = $1', [need.id])).toBe(1);
      expect(await api.count('need_responses', "need_id = $1 AND pitch = 'Endelig forslag'", [need.id])).toBe(
        1,
      );
      expect(await api.count('needs', 'id = $1 AND response_count = 1', [need.id])).toBe(1);
    });

    it.each(['IN_PROCUREMENT', 'SOLVED', 'CLOSED'])('refuses answers on a %s need', async (status) => {
      const need = await createNeed(api, oslo);
      await api.dataSource.query('UPDATE needs SET status = $2 WHERE id = $1', [need.id, status]);
      const company = await api.createMember(OrganizationKind.COMPANY);
      const result = await api.gql(RESPOND, { needId: need.id, pitch: 'Hei' }, company.token);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(await api.count('need_responses', 'need_id = $1', [need.id])).toBe(0);
    });

    it.each([['  '], ['x'.repeat(5001)]])('rejects an empty or too long pitch', async (pitch) => {
      const need = await createNeed(api, oslo);
      const company = await api.createMember(OrganizationKind.COMPANY);
      const result = await api.gql(RESPOND, { needId: need.id, pitch }, company.token);
      expect(errorField(result)).toBe('pitch');
      expect(await api.count('need_responses', 'need_id = $1', [need.id])).toBe(0);
    });
  });

  describe('visibility of answers and their status', () => {
    let needId: string;
    let bergen: TestUser;
    let tromso: TestUser;
    let startup: TestUser;
    let rival: TestUser;
    let startupResponseId: string;
    let rivalResponseId: string;

    beforeAll(async () => {
      needId = (await createNeed(api, oslo)).id;
      bergen = await api.createMember(OrganizationKind.MUNICIPALITY);
      await makePartner(api, oslo, needId, bergen);
      tromso = await api.createMember(OrganizationKind.MUNICIPALITY);
      await api.gqlOk(JOIN_NEED, { needId }, tromso.token);
      startup = await api.createMember(OrganizationKind.COMPANY, Role.ADMIN);
      rival = await api.createMember(OrganizationKind.COMPANY);
      startupResponseId = (await respond(api, startup, needId, 'Fjordkode')).id;
      rivalResponseId = (await respond(api, rival, needId, 'Konkurrent')).id;
    });

    const responsesAs = async (user?: TestUser) =>
      (
        await api.gqlOk<{ needResponses: { pitch: string }[] }>(NEED_RESPONSES, { needId }, user?.token)
      ).needResponses
        .map((r) => r.pitch)
        .sort();

    it('shows every answer to the owner and to the partners it accepted', async () => {
      expect(await responsesAs(oslo)).toEqual(['Fjordkode', 'Konkurrent']);
      expect(await responsesAs(bergen)).toEqual(['Fjordkode', 'Konkurrent']);
    });

    it('shows an organisation that only joined the need no answer, to any of its roles', async () => {
      expect(await responsesAs(tromso)).toEqual([]);
      expect(await responsesAs(await colleague(api, tromso, Role.ADMIN))).toEqual([]);
    });

    it('shows a responder only its own answer', async () => {
      expect(await responsesAs(startup)).toEqual(['Fjordkode']);
      expect(await responsesAs(rival)).toEqual(['Konkurrent']);
    });

    it('shows everyone else an empty list', async () => {
      expect(await responsesAs(await api.createMember(OrganizationKind.MUNICIPALITY))).toEqual([]);
      expect(await responsesAs(await api.createMember(OrganizationKind.COMPANY))).toEqual([]);
      expect(await responsesAs()).toEqual([]);
    });

    it('lets the owner and partners shortlist or decline, and the responder sees its status', async () => {
      await api.gqlOk(
        SET_RESPONSE_STATUS,
        { responseId: startupResponseId, status: 'SHORTLISTED' },
        oslo.token,
      );
      await api.gqlOk(SET_RESPONSE_STATUS, { responseId: rivalResponseId, status: 'DECLINED' }, bergen.token);
      const mine = await api.gqlOk<{
        myNeedResponses: { items: { status: string; need: { id: string } }[] };
      }>('{ myNeedResponses { totalCount items { status need { id } } } }', {}, startup.token);
      expect(mine.myNeedResponses.items).toEqual([{ status: 'SHORTLISTED', need: { id: needId } }]);
    });

    it('refuses the responder marking its own answer (FORBIDDEN) and hides answers from strangers (NOT_FOUND)', async () => {
      const own = await api.gql(
        SET_RESPONSE_STATUS,
        { responseId: rivalResponseId, status: 'SHORTLISTED' },
        rival.token,
      );
      expect(errorCode(own)).toBe('FORBIDDEN');
      for (const kind of Object.values(OrganizationKind)) {
        for (const role of ROLES) {
          const stranger = await api.createMember(kind, role);
          const result = await api.gql(
            SET_RESPONSE_STATUS,
            { responseId: rivalResponseId, status: 'SHORTLISTED' },
            stranger.token,
          );
          expect(errorCode(result)).toBe('NOT_FOUND');
        }
      }
      expect(await api.count('need_responses', "id = $1 AND status = 'DECLINED'", [rivalResponseId])).toBe(1);
    });

    it.each(ROLES)(
      'refuses a %s of an organisation that only joined shortlisting or declining (NOT_FOUND), and writes nothing',
      async (role) => {
        const member = await colleague(api, tromso, role);
        const notificationsBefore = await api.count('notifications', "event = 'NEED_RESPONSE_STATUS'");
        for (const [responseId, status] of [
          [startupResponseId, 'DECLINED'],
          [rivalResponseId, 'SHORTLISTED'],
        ]) {
          const result = await api.gql(SET_RESPONSE_STATUS, { responseId, status }, member.token);
          expect(errorCode(result)).toBe('NOT_FOUND');
        }
        expect(
          await api.count('need_responses', "id = $1 AND status = 'SHORTLISTED'", [startupResponseId]),
        ).toBe(1);
        expect(await api.count('need_responses', "id = $1 AND status = 'DECLINED'", [rivalResponseId])).toBe(
          1,
        );
        expect(await api.count('notifications', "event = 'NEED_RESPONSE_STATUS'")).toBe(notificationsBefore);
      },
    );

    it('accepts only SHORTLISTED or DECLINED', async () => {
      const result = await api.gql(
        SET_RESPONSE_STATUS,
        { responseId: rivalResponseId, status: 'SUBMITTED' },
        oslo.token,
      );
      expect(errorField(result)).toBe('status');
    });
  });

  describe('partners: joining is a signal, the owner accepts partners', () => {
    const partnerIds = async (needId: string) =>
      (
        await api.gqlOk<{ need: { partners: { id: string }[] } }>(
          'query ($id: ID!) { need(id: $id) { partners { id } } }',
          { id: needId },
        )
      ).need.partners.map((p) => p.id);
    const roleOf = async (needId: string, user?: TestUser) =>
      (await api.gqlOk<{ need: Record<string, unknown> }>(VIEWER_ROLE, { id: needId }, user?.token)).need;
    const acceptedNotices = (user: TestUser) =>
      api.count(
        'notifications n JOIN users u ON u.id = n.user_id',
        "n.event = 'NEED_PARTNER_ACCEPTED' AND u.organization_id = $1",
        [user.organizationId],
      );

    it.each(ROLES)(
      'a %s of the owner accepts a joined organisation: it is listed as a partner, and every member of it is told once',
      async (role) => {
        const need = await createNeed(api, oslo);
        const accepter = await colleague(api, oslo, role);
        const bergen = await api.createMember(OrganizationKind.MUNICIPALITY);
        const bergenAdmin = await colleague(api, bergen, Role.ADMIN);
        await api.gqlOk(JOIN_NEED, { needId: need.id }, bergen.token);
        expect(await roleOf(need.id, bergen)).toEqual({
          viewerRole: 'PARTICIPANT',
          viewerHasJoined: true,
          viewerCanEdit: false,
        });

        const accepted = await api.gqlOk<{ acceptNeedPartner: Record<string, unknown> }>(
          ACCEPT_PARTNER,
          { needId: need.id, organizationId: bergen.organizationId },
          accepter.token,
        );
        expect(accepted.acceptNeedPartner).toEqual({
          id: need.id,
          participants: [{ id: bergen.organizationId }],
          partners: [{ id: bergen.organizationId }],
        });
        expect(await roleOf(need.id, bergenAdmin)).toMatchObject({
          viewerRole: 'PARTNER',
          viewerHasJoined: true,
        });
        expect(await roleOf(need.id, oslo)).toMatchObject({ viewerRole: 'OWNER' });
        expect(await roleOf(need.id)).toMatchObject({ viewerRole: 'NONE' });
        expect(await acceptedNotices(bergen)).toBe(2);
        const { notifications } = await api.gqlOk<{ notifications: { items: Record<string, unknown>[] } }>(
          '{ notifications { items { event subjectKind subjectId title } } }',
          {},
          bergenAdmin.token,
        );
        expect(notifications.items).toContainEqual({
          event: 'NEED_PARTNER_ACCEPTED',
          subjectKind: 'NEED',
          subjectId: need.id,
          title: `Dere er godtatt som partner på behovet: ${needInput().title}`,
        });

        await api.gqlOk(
          ACCEPT_PARTNER,
          { needId: need.id, organizationId: bergen.organizationId },
          oslo.token,
        );
        expect(await partnerIds(need.id)).toEqual([bergen.organizationId]);
        expect(await acceptedNotices(bergen)).toBe(2);
        expect(await acceptedNotices(oslo)).toBe(0);
      },
    );

    it('refuses accepting an organisation that has not joined, naming organizationId, and writes nothing', async () => {
      const need = await createNeed(api, oslo);
      const outsider = await api.createMember(OrganizationKind.MUNICIPALITY);
      for (const organizationId of [outsider.organizationId, crypto.randomUUID()]) {
        const result = await api.gql(ACCEPT_PARTNER, { needId: need.id, organizationId }, oslo.token);
        expect(errorCode(result)).toBe('BAD_USER_INPUT');
        expect(errorReason(result)).toBe('NOT_A_PARTICIPANT');
        expect(errorField(result)).toBe('organizationId');
      }
      const malformed = await api.gql(
        ACCEPT_PARTNER,
        { needId: need.id, organizationId: 'oslo' },
        oslo.token,
      );
      expect(errorField(malformed)).toBe('organizationId');
      expect(await api.count('need_participants', 'need_id = $1', [need.id])).toBe(0);
      expect(await acceptedNotices(outsider)).toBe(0);
      const unknownNeed = await api.gql(
        ACCEPT_PARTNER,
        { needId: crypto.randomUUID(), organizationId: outsider.organizationId },
        oslo.token,
      );
      expect(errorCode(unknownNeed)).toBe('NOT_FOUND');
    });

    it.each(KIND_ROLE_MATRIX)(
      'a %s %s of another organisation cannot accept a partner (FORBIDDEN), and nothing is written',
      async (kind, role) => {
        const need = await createNeed(api, oslo);
        const bergen = await api.createMember(OrganizationKind.MUNICIPALITY);
        await api.gqlOk(JOIN_NEED, { needId: need.id }, bergen.token);
        const stranger = await api.createMember(kind, role);
        const result = await api.gql(
          ACCEPT_PARTNER,
          { needId: need.id, organizationId: bergen.organizationId },
          stranger.token,
        );
        expect(errorCode(result)).toBe('FORBIDDEN');
        expect(
          await api.count('need_participants', 'need_id = $1 AND accepted_at IS NOT NULL', [need.id]),
        ).toBe(0);
        expect(await acceptedNotices(bergen)).toBe(0);
      },
    );

    it.each(ROLES)(
      'neither a participant (%s) accepting itself nor a partner accepting another is allowed, and nothing is written',
      async (role) => {
        const need = await createNeed(api, oslo);
        const bergen = await api.createMember(OrganizationKind.MUNICIPALITY, role);
        const tromso = await api.createMember(OrganizationKind.MUNICIPALITY, role);
        await makePartner(api, oslo, need.id, bergen);
        await api.gqlOk(JOIN_NEED, { needId: need.id }, tromso.token);
        const self = await api.gql(
          ACCEPT_PARTNER,
          { needId: need.id, organizationId: tromso.organizationId },
          tromso.token,
        );
        const byPartner = await api.gql(
          ACCEPT_PARTNER,
          { needId: need.id, organizationId: tromso.organizationId },
          bergen.token,
        );
        expect([errorCode(self), errorCode(byPartner)]).toEqual(['FORBIDDEN', 'FORBIDDEN']);
        expect(await partnerIds(need.id)).toEqual([bergen.organizationId]);
        expect(await acceptedNotices(tromso)).toBe(0);
      },
    );

    it('the owner removes a partner, which stays joined but no longer reads the answers; accepted again, it is told again', async () => {
      const need = await createNeed(api, oslo);
      const startup = await api.createMember(OrganizationKind.COMPANY);
      await respond(api, startup, need.id, 'Konfidensielt');
      const bergen = await api.createMember(OrganizationKind.MUNICIPALITY);
      await makePartner(api, oslo, need.id, bergen);
      const answers = async () =>
        (await api.gqlOk<{ needResponses: unknown[] }>(NEED_RESPONSES, { needId: need.id }, bergen.token))
          .needResponses.length;
      expect(await answers()).toBe(1);

      const removed = await api.gqlOk<{ removeNeedPartner: Record<string, unknown> }>(
        REMOVE_PARTNER,
        { needId: need.id, organizationId: bergen.organizationId },
        oslo.token,
      );
      expect(removed.removeNeedPartner).toEqual({
        id: need.id,
        participants: [{ id: bergen.organizationId }],
        partners: [],
      });
      expect(await answers()).toBe(0);
      expect(await roleOf(need.id, bergen)).toMatchObject({ viewerRole: 'PARTICIPANT' });
      await api.gqlOk(REMOVE_PARTNER, { needId: need.id, organizationId: bergen.organizationId }, oslo.token);

      await api.gqlOk(ACCEPT_PARTNER, { needId: need.id, organizationId: bergen.organizationId }, oslo.token);
      expect(await answers()).toBe(1);
      expect(await acceptedNotices(bergen)).toBe(2);
    });

    it('a partner steps down itself, or leaves the need altogether and comes back as a participant only', async () => {
      const need = await createNeed(api, oslo);
      const bergen = await api.createMember(OrganizationKind.MUNICIPALITY);
      await makePartner(api, oslo, need.id, bergen);
      await api.gqlOk(
        REMOVE_PARTNER,
        { needId: need.id, organizationId: bergen.organizationId },
        bergen.token,
      );
      expect(await roleOf(need.id, bergen)).toMatchObject({ viewerRole: 'PARTICIPANT' });

      await api.gqlOk(ACCEPT_PARTNER, { needId: need.id, organizationId: bergen.organizationId }, oslo.token);
      await api.gqlOk(LEAVE_NEED, { needId: need.id }, bergen.token);
      expect(await roleOf(need.id, bergen)).toMatchObject({ viewerRole: 'NONE' });
      await api.gqlOk(JOIN_NEED, { needId: need.id }, bergen.token);
      expect(await roleOf(need.id, bergen)).toMatchObject({ viewerRole: 'PARTICIPANT' });
      expect(await partnerIds(need.id)).toEqual([]);
    });

    it.each(KIND_ROLE_MATRIX)(
      'a %s %s of another organisation, even a partner itself when public, cannot remove another partner (FORBIDDEN), and nothing is written',
      async (kind, role) => {
        const need = await createNeed(api, oslo);
        const bergen = await api.createMember(OrganizationKind.MUNICIPALITY);
        await makePartner(api, oslo, need.id, bergen);
        const stranger = await api.createMember(kind, role);
        if (isPublic(kind)) await makePartner(api, oslo, need.id, stranger);
        const result = await api.gql(
          REMOVE_PARTNER,
          { needId: need.id, organizationId: bergen.organizationId },
          stranger.token,
        );
        expect(errorCode(result)).toBe('FORBIDDEN');
        expect(await partnerIds(need.id)).toContain(bergen.organizationId);
      },
    );

    it.each(ROLES)(
      'neither a partner nor a participant (%s) changes the need or its status, and nothing is written',
      async (role) => {
        const need = await createNeed(api, oslo);
        const partner = await api.createMember(OrganizationKind.MUNICIPALITY, role);
        const participant = await api.createMember(OrganizationKind.COUNTY_MUNICIPALITY, role);
        await makePartner(api, oslo, need.id, partner);
        await api.gqlOk(JOIN_NEED, { needId: need.id }, participant.token);
        for (const user of [partner, participant]) {
          const status = await api.gql(
            CHANGE_NEED_STATUS,
            { id: need.id, status: 'IN_PROCUREMENT' },
            user.token,
          );
          const update = await api.gql(
            UPDATE_NEED,
            { id: need.id, input: needInput({ title: 'Kapret' }) },
            user.token,
          );
          expect([errorCode(status), errorCode(update)]).toEqual(['FORBIDDEN', 'FORBIDDEN']);
        }
        expect(await api.count('needs', "id = $1 AND status = 'OPEN' AND title <> 'Kapret'", [need.id])).toBe(
          1,
        );
      },
    );
  });

  describe('public questions', () => {
    it('lets anyone logged in ask, the owner answer, and shows both to everyone without the asker', async () => {
      const need = await createNeed(api, oslo);
      const company = await api.createMember(OrganizationKind.COMPANY);
      const { askNeedQuestion } = await api.gqlOk<{ askNeedQuestion: { id: string } }>(
        ASK,
        { needId: need.id, question: 'Hvilket fagsystem bruker dere?' },
        company.token,
      );
      expect(errorCode(await api.gql(ASK, { needId: need.id, question: 'Hei' }))).toBe('UNAUTHENTICATED');
      await api.gqlOk(ANSWER, { questionId: askNeedQuestion.id, answer: 'Gerica.' }, oslo.token);
      const { need: read } = await api.gqlOk<{ need: { questions: Record<string, unknown>[] } }>(
        'query ($id: ID!) { need(id: $id) { questions { id question answer answeredAt createdAt } } }',
        { id: need.id },
      );
      expect(read.questions).toEqual([
        expect.objectContaining({ question: 'Hvilket fagsystem bruker dere?', answer: 'Gerica.' }),
      ]);
      const fields = await api.gqlOk<{ __type: { fields: { name: string }[] } }>(
        '{ __type(name: "NeedQuestion") { fields { name } } }',
      );
      expect(fields.__type.fields.map((f) => f.name).sort()).toEqual([
        'answer',
        'answeredAt',
        'createdAt',
        'id',
        'question',
      ]);
    });

    it.each(KIND_ROLE_MATRIX)(
      'refuses a %s %s of another organisation answering, and writes nothing',
      async (kind, role) => {
        const need = await createNeed(api, oslo);
        const asker = await api.createMember(OrganizationKind.COMPANY);
        const { askNeedQuestion } = await api.gqlOk<{ askNeedQuestion: { id: string } }>(
          ASK,
          { needId: need.id, question: 'Budsjett?' },
          asker.token,
        );
        const stranger = await api.createMember(kind, role);
        const result = await api.gql(
          ANSWER,
          { questionId: askNeedQuestion.id, answer: 'Kapret' },
          stranger.token,
        );
        expect(errorCode(result)).toBe('FORBIDDEN');
        expect(await api.count('need_questions', 'id = $1 AND answer IS NULL', [askNeedQuestion.id])).toBe(1);
      },
    );

    it.each(KIND_ROLE_MATRIX)('lets a %s %s ask a question', async (kind, role) => {
      const need = await createNeed(api, oslo);
      const user = await api.createMember(kind, role);
      await api.gqlOk(ASK, { needId: need.id, question: 'Når starter dere?' }, user.token);
      expect(await api.count('need_questions', 'need_id = $1', [need.id])).toBe(1);
    });
  });

  describe('lists', () => {
    it('filters by status, service area, owner and participant, and lists my needs', async () => {
      const owner = await api.createMember(OrganizationKind.STATE_AGENCY);
      const joiner = await api.createMember(OrganizationKind.MUNICIPALITY);
      const a = await createNeed(api, owner, { serviceArea: 'beredskap' });
      const b = await createNeed(api, owner, { serviceArea: 'kultur-og-fritid' });
      await api.gqlOk(JOIN_NEED, { needId: b.id }, joiner.token);
      await api.gqlOk(CHANGE_NEED_STATUS, { id: a.id, status: 'IN_PROCUREMENT' }, owner.token);
      const ids = async (filter: Record<string, unknown>) =>
        (
          await api.gqlOk<{ needs: { items: { id: string }[]; totalCount: number } }>(
            'query ($filter: NeedListFilter) { needs(filter: $filter, limit: 50) { totalCount items { id } } }',
            { filter },
          )
        ).needs.items.map((n) => n.id);
      expect(await ids({ ownerId: owner.organizationId })).toEqual([b.id, a.id]);
      expect(await ids({ ownerId: owner.organizationId, statuses: ['IN_PROCUREMENT'] })).toEqual([a.id]);
      expect(await ids({ ownerId: owner.organizationId, serviceAreas: ['kultur-og-fritid'] })).toEqual([
        b.id,
      ]);
      expect(await ids({ participantId: joiner.organizationId })).toEqual([b.id]);
      const mine = await api.gqlOk<{ myNeeds: { items: { id: string }[] } }>(
        '{ myNeeds { items { id } } }',
        {},
        joiner.token,
      );
      expect(mine.myNeeds.items.map((n) => n.id)).toEqual([b.id]);
      const page = await api.gql('{ needs(limit: 500) { totalCount } }');
      expect(errorField(page)).toBe('limit');
    });
  });

  describe('before you build: similar solutions', () => {
    it('shows the published solutions that match the text of a draft or of a posted need, never drafts', async () => {
      const owner = await api.createOrganization(OrganizationKind.MUNICIPALITY);
      const insert = (title: string, status: string) =>
        api.dataSource.query(
          `INSERT INTO solutions (title, summary, description, service_area, status, owner_id)
           VALUES ($1, 'Robot', 'Programvarerobot som fordeler meldinger', 'helse-og-omsorg', $2, $3) RETURNING id`,
          [title, status, owner],
        );
      const [[published], [draft]] = await Promise.all([
        insert('Meldingsrobot for hjemmetjenesten', 'PUBLISHED'),
        insert('Utkast til meldingsrobot', 'DRAFT'),
      ]);
      await api.dataSource.query(
        "INSERT INTO search_outbox (document_kind, document_id) VALUES ('SOLUTION', $1), ('SOLUTION', $2)",
        [published.id, draft.id],
      );
      await outboxDrained(api);
      const query = await api.gqlOk<{ similarSolutions: { id: string }[] }>(
        'query ($text: String!) { similarSolutions(text: $text) { id } }',
        { text: 'Vi trenger en robot som fordeler meldinger automatisk' },
      );
      expect(query.similarSolutions.map((s) => s.id)).toContain(published.id);
      expect(query.similarSolutions.map((s) => s.id)).not.toContain(draft.id);
      const need = await createNeed(api, oslo, {
        title: 'Robot for meldinger',
        description: 'Fordeling av meldinger',
      });
      const other = await createNeed(api, oslo, {
        title: 'Bedre lekeplasser',
        description: 'Husker og sklier',
      });
      await outboxDrained(api);
      const data = await api.gqlOk<{
        needs: { items: { id: string; similarSolutions: { id: string }[] }[] };
      }>(
        'query ($ids: ID!) { needs(filter: { ownerId: $ids }, limit: 100) { items { id similarSolutions(limit: 3) { id } } } }',
        { ids: oslo.organizationId },
      );
      const byId = new Map(data.needs.items.map((n) => [n.id, n.similarSolutions.map((s) => s.id)]));
      expect(byId.get(need.id)).toContain(published.id);
      expect(byId.get(other.id)).toEqual([]);
    });
  });
});
