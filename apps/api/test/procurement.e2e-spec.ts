import { OrganizationKind } from '../src/organizations/organization-kind';
import { Role } from '../src/users/role';
import {
  ACCEPT_PARTNER,
  CREATE_NOTICE,
  colleague,
  createNeed,
  createNotice,
  inDays,
  JOIN_NEED,
  KIND_ROLE_MATRIX,
  makePartner,
  NOTICE_FIELDS,
  noticeInput,
  PUBLIC_KINDS,
  REMOVE_PARTNER,
  ROLES,
} from './support/marketplace';
import { errorCode, errorField, errorReason, TestApp, type TestUser } from './support/test-app';

const UPDATE_NOTICE = `mutation ($id: ID!, $input: ProcurementNoticeInput!) { updateProcurementNotice(id: $id, input: $input) { ${NOTICE_FIELDS} } }`;
const CANCEL_NOTICE = `mutation ($id: ID!) { cancelProcurementNotice(id: $id) { id isOpen cancelledAt } }`;
const LINK_SOLUTION = `mutation ($noticeId: ID!, $solutionId: ID!) {
  linkResultingSolution(noticeId: $noticeId, solutionId: $solutionId) { id resultingSolution { id } need { id status } }
}`;
const isPublic = (kind: OrganizationKind) => PUBLIC_KINDS.includes(kind);

describe('procurement notices', () => {
  let api: TestApp;
  let oslo: TestUser;
  beforeAll(async () => {
    api = await TestApp.start();
    oslo = await api.createMember(OrganizationKind.MUNICIPALITY, Role.MEMBER);
  });
  afterAll(() => api.stop());

  async function publishedSolution(owner: TestUser): Promise<string> {
    const [row] = await api.dataSource.query(
      `INSERT INTO solutions (title, summary, description, service_area, status, owner_id, published_at)
       VALUES ('Digitalt tilsyn', 'Sensorer', 'Beskrivelse', 'helse-og-omsorg', 'PUBLISHED', $1, now()) RETURNING id`,
      [owner.organizationId],
    );
    return row.id;
  }

  const pastDeadline = (id: string) =>
    api.dataSource.query("UPDATE procurement_notices SET deadline = now() - interval '1 day' WHERE id = $1", [
      id,
    ]);

  describe('createProcurementNotice: organisation kind × role', () => {
    it.each(KIND_ROLE_MATRIX)(
      '%s %s: public bodies succeed, others are FORBIDDEN and write nothing',
      async (kind, role) => {
        const user = await api.createMember(kind, role);
        const before = await api.count('procurement_notices');
        const outboxBefore = await api.count('search_outbox', "document_kind = 'PROCUREMENT_NOTICE'");
        const result = await api.gql<{ createProcurementNotice: Record<string, unknown> }>(
          CREATE_NOTICE,
          {
            input: noticeInput({
              externalUrl: 'https://www.doffin.no/notices/2026-100001',
              estimatedValueNok: 5_000_000,
            }),
          },
          user.token,
        );
        if (isPublic(kind)) {
          expect(result.data?.createProcurementNotice).toMatchObject({
            procedure: 'INNOVATION_PARTNERSHIP',
            cpvCodes: ['72000000-5', '48000000-8'],
            isOpen: true,
            buyer: { id: user.organizationId },
            externalUrl: 'https://www.doffin.no/notices/2026-100001',
            estimatedValueNok: 5_000_000,
            need: null,
          });
          expect(await api.count('search_outbox', "document_kind = 'PROCUREMENT_NOTICE'")).toBe(
            outboxBefore + 1,
          );
        } else {
          expect(errorCode(result)).toBe('FORBIDDEN');
          expect(await api.count('procurement_notices')).toBe(before);
          expect(await api.count('search_outbox', "document_kind = 'PROCUREMENT_NOTICE'")).toBe(outboxBefore);
        }
      },
    );
  });

  describe('validation', () => {
    it.each([
      ['wrong check digit', ['72000000-4'], /check digit/],
      ['unknown code', ['72999999-1'], /not a code in the CPV 2008 list/],
      ['malformed code', ['72000000'], /malformed/],
      ['malformed code', ['IT-konsulent'], /malformed/],
      ['empty list', [], /at least one/],
    ])('rejects a %s in cpvCodes and writes nothing', async (_, cpvCodes, message) => {
      const before = await api.count('procurement_notices');
      const result = await api.gql(CREATE_NOTICE, { input: noticeInput({ cpvCodes }) }, oslo.token);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(errorField(result)).toBe('cpvCodes');
      expect(result.errors?.[0].message).toMatch(message);
      expect(await api.count('procurement_notices')).toBe(before);
    });

    it('accepts valid codes and shows their Norwegian and English labels', async () => {
      const notice = await createNotice(api, oslo, { cpvCodes: ['72000000-5', '85000000-9'] });
      const data = await api.gqlOk<{ procurementNotice: { cpvLabels: Record<string, string>[] } }>(
        'query ($id: ID!) { procurementNotice(id: $id) { cpvLabels { code division labelNb labelEn } } }',
        { id: notice.id },
      );
      expect(data.procurementNotice.cpvLabels).toEqual([
        {
          code: '72000000-5',
          division: '72',
          labelNb: 'Datatjenester: rådgivning, programvareutvikling, internett og systemstøtte',
          labelEn: 'IT services: consulting, software development, Internet and support',
        },
        {
          code: '85000000-9',
          division: '85',
          labelNb: 'Helse- og sosial tjenesteyting',
          labelEn: 'Health and social work services',
        },
      ]);
    });

    it.each([
      ['deadline', { deadline: inDays(-1) }],
      ['externalUrl', { externalUrl: 'javascript:alert(1)' }],
      ['externalUrl', { externalUrl: 'ftp://doffin.no/x' }],
      ['estimatedValueNok', { estimatedValueNok: -5 }],
      ['title', { title: '' }],
      ['serviceArea', { serviceArea: null }],
      ['serviceArea', { serviceArea: 'finnes-ikke' }],
    ])('rejects a bad %s and writes nothing', async (field, override) => {
      const before = await api.count('procurement_notices');
      const result = await api.gql(CREATE_NOTICE, { input: noticeInput(override) }, oslo.token);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(errorField(result)).toBe(field);
      expect(await api.count('procurement_notices')).toBe(before);
    });

    it('finds CPV codes by number or label', async () => {
      const data = await api.gqlOk<{
        byNumber: { code: string }[];
        byWord: { code: string; labelNb: string }[];
      }>(
        '{ byNumber: cpvCodes(search: "48", limit: 2) { code } byWord: cpvCodes(search: "programvareutvikling", limit: 5) { code labelNb } }',
      );
      expect(data.byNumber.map((c) => c.code)).toEqual(['48000000-8', '48100000-9']);
      expect(data.byWord.map((c) => c.code)).toContain('72000000-5');
    });
  });

  describe('linking a need', () => {
    it("moves the owner's need to IN_PROCUREMENT and takes its service area", async () => {
      const need = await createNeed(api, oslo, { serviceArea: 'beredskap' });
      const data = await api.gqlOk<{
        createProcurementNotice: { serviceArea: string; need: { id: string; status: string } };
      }>(CREATE_NOTICE, { input: noticeInput({ needId: need.id, serviceArea: null }) }, oslo.token);
      expect(data.createProcurementNotice).toMatchObject({
        serviceArea: 'beredskap',
        need: { id: need.id, status: 'IN_PROCUREMENT' },
      });
      const chain = await api.gqlOk<{ need: { procurementNotices: { id: string }[] } }>(
        'query ($id: ID!) { need(id: $id) { procurementNotices { id } } }',
        { id: need.id },
      );
      expect(chain.need.procurementNotices).toHaveLength(1);
    });

    it.each(ROLES)(
      "lets a %s of a partner link the shared need, and leaves the need's status to its owner",
      async (role) => {
        const need = await createNeed(api, oslo);
        const bergen = await api.createMember(OrganizationKind.MUNICIPALITY, role);
        await makePartner(api, oslo, need.id, bergen);
        const notice = await createNotice(api, bergen, { needId: need.id });
        expect(await api.count('procurement_notices', 'id = $1 AND need_id = $2', [notice.id, need.id])).toBe(
          1,
        );
        expect(await api.count('needs', "id = $1 AND status = 'OPEN'", [need.id])).toBe(1);

        const later = await createNotice(api, bergen);
        await api.gqlOk(
          UPDATE_NOTICE,
          { id: later.id, input: noticeInput({ needId: need.id }) },
          bergen.token,
        );
        expect(await api.count('needs', "id = $1 AND status = 'OPEN'", [need.id])).toBe(1);
        await createNotice(api, oslo, { needId: need.id });
        expect(await api.count('needs', "id = $1 AND status = 'IN_PROCUREMENT'", [need.id])).toBe(1);
      },
    );

    it.each(ROLES)(
      'refuses a %s of an organisation that only joined linking the need, on create or update, and writes nothing',
      async (role) => {
        const need = await createNeed(api, oslo);
        const bergen = await api.createMember(OrganizationKind.MUNICIPALITY, role);
        await api.gqlOk(JOIN_NEED, { needId: need.id }, bergen.token);
        const own = await createNotice(api, bergen);
        const before = await api.count('procurement_notices');
        const created = await api.gql(
          CREATE_NOTICE,
          { input: noticeInput({ needId: need.id }) },
          bergen.token,
        );
        const updated = await api.gql(
          UPDATE_NOTICE,
          { id: own.id, input: noticeInput({ needId: need.id }) },
          bergen.token,
        );
        for (const result of [created, updated]) {
          expect(errorCode(result)).toBe('FORBIDDEN');
          expect(errorReason(result)).toBe('NEED_NOT_LINKABLE');
        }
        expect(await api.count('procurement_notices')).toBe(before);
        expect(await api.count('procurement_notices', 'need_id = $1', [need.id])).toBe(0);
        expect(await api.count('needs', "id = $1 AND status = 'OPEN'", [need.id])).toBe(1);
      },
    );

    it('keeps the notices of a removed partner linked and editable, but takes no new ones from it', async () => {
      const need = await createNeed(api, oslo);
      const bergen = await api.createMember(OrganizationKind.MUNICIPALITY);
      await makePartner(api, oslo, need.id, bergen);
      const notice = await createNotice(api, bergen, { needId: need.id });
      await api.gqlOk(REMOVE_PARTNER, { needId: need.id, organizationId: bergen.organizationId }, oslo.token);
      const edited = await api.gqlOk<{ updateProcurementNotice: { title: string; need: { id: string } } }>(
        UPDATE_NOTICE,
        { id: notice.id, input: noticeInput({ needId: need.id, title: 'Ny tittel' }) },
        bergen.token,
      );
      expect(edited.updateProcurementNotice).toMatchObject({ title: 'Ny tittel', need: { id: need.id } });
      const refused = await api.gql(CREATE_NOTICE, { input: noticeInput({ needId: need.id }) }, bergen.token);
      expect(errorReason(refused)).toBe('NEED_NOT_LINKABLE');
      expect(await api.count('procurement_notices', 'need_id = $1', [need.id])).toBe(1);
    });

    it.each(PUBLIC_KINDS.flatMap((kind) => ROLES.map((role) => [kind, role] as const)))(
      'refuses a %s %s linking a need it neither owns nor has joined, and writes nothing',
      async (kind, role) => {
        const need = await createNeed(api, oslo);
        const stranger = await api.createMember(kind, role);
        const before = await api.count('procurement_notices');
        const result = await api.gql(
          CREATE_NOTICE,
          { input: noticeInput({ needId: need.id }) },
          stranger.token,
        );
        expect(errorCode(result)).toBe('FORBIDDEN');
        expect(await api.count('procurement_notices')).toBe(before);
        expect(await api.count('needs', "id = $1 AND status = 'OPEN'", [need.id])).toBe(1);
      },
    );

    it.each(['SOLVED', 'CLOSED'])('refuses linking a %s need and writes nothing', async (status) => {
      const need = await createNeed(api, oslo);
      await api.dataSource.query('UPDATE needs SET status = $2 WHERE id = $1', [need.id, status]);
      const before = await api.count('procurement_notices');
      const result = await api.gql(CREATE_NOTICE, { input: noticeInput({ needId: need.id }) }, oslo.token);
      expect(errorField(result)).toBe('needId');
      expect(await api.count('procurement_notices')).toBe(before);
    });

    it('answers NOT_FOUND for an unknown need', async () => {
      const result = await api.gql(
        CREATE_NOTICE,
        { input: noticeInput({ needId: crypto.randomUUID() }) },
        oslo.token,
      );
      expect(errorCode(result)).toBe('NOT_FOUND');
    });
  });

  describe('update, cancel and linkResultingSolution: own or other organisation', () => {
    it.each(ROLES)('a %s of the buyer updates, cancels and links the resulting solution', async (role) => {
      const need = await createNeed(api, oslo);
      const notice = await createNotice(api, oslo, { needId: need.id });
      const member = await colleague(api, oslo, role);
      const updated = await api.gqlOk<{ updateProcurementNotice: { title: string; procedure: string } }>(
        UPDATE_NOTICE,
        {
          id: notice.id,
          input: noticeInput({ needId: need.id, title: 'Markedsdialog først', procedure: 'MARKET_DIALOGUE' }),
        },
        member.token,
      );
      expect(updated.updateProcurementNotice).toMatchObject({
        title: 'Markedsdialog først',
        procedure: 'MARKET_DIALOGUE',
      });

      const early = await api.gql(
        LINK_SOLUTION,
        { noticeId: notice.id, solutionId: await publishedSolution(oslo) },
        member.token,
      );
      expect(errorCode(early)).toBe('BAD_USER_INPUT');

      await pastDeadline(notice.id);
      const solutionId = await publishedSolution(oslo);
      const linked = await api.gqlOk<{ linkResultingSolution: Record<string, unknown> }>(
        LINK_SOLUTION,
        { noticeId: notice.id, solutionId },
        member.token,
      );
      expect(linked.linkResultingSolution).toMatchObject({
        resultingSolution: { id: solutionId },
        need: { id: need.id, status: 'SOLVED' },
      });
      const fromSolution = await api.gqlOk<{
        solution: { originNotice: { id: string; need: { id: string } } };
      }>('query ($id: ID!) { solution(id: $id) { originNotice { id need { id } } } }', { id: solutionId });
      expect(fromSolution.solution.originNotice).toEqual({ id: notice.id, need: { id: need.id } });

      const other = await createNotice(api, oslo);
      const cancelled = await api.gqlOk<{ cancelProcurementNotice: { isOpen: boolean } }>(
        CANCEL_NOTICE,
        { id: other.id },
        member.token,
      );
      expect(cancelled.cancelProcurementNotice.isOpen).toBe(false);
      const afterCancel = await api.gql(UPDATE_NOTICE, { id: other.id, input: noticeInput() }, member.token);
      expect(errorCode(afterCancel)).toBe('BAD_USER_INPUT');
    });

    it.each(KIND_ROLE_MATRIX)(
      'a %s %s of another organisation is FORBIDDEN everywhere and changes nothing',
      async (kind, role) => {
        const notice = await createNotice(api, oslo);
        await pastDeadline(notice.id);
        const solutionId = await publishedSolution(oslo);
        const stranger = await api.createMember(kind, role);
        const attempts = [
          await api.gql(
            UPDATE_NOTICE,
            { id: notice.id, input: noticeInput({ title: 'Kapret', deadline: inDays(5) }) },
            stranger.token,
          ),
          await api.gql(CANCEL_NOTICE, { id: notice.id }, stranger.token),
          await api.gql(LINK_SOLUTION, { noticeId: notice.id, solutionId }, stranger.token),
        ];
        expect(attempts.map(errorCode)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
        expect(
          await api.count(
            'procurement_notices',
            "id = $1 AND title <> 'Kapret' AND cancelled_at IS NULL AND resulting_solution_id IS NULL",
            [notice.id],
          ),
        ).toBe(1);
      },
    );

    it('refuses a draft as the resulting solution (invisible: NOT_FOUND) and an unpublished own one', async () => {
      const notice = await createNotice(api, oslo);
      await pastDeadline(notice.id);
      const [draft] = await api.dataSource.query(
        `INSERT INTO solutions (title, summary, description, service_area, status, owner_id)
         VALUES ('Utkast', 'x', 'x', 'beredskap', 'DRAFT', $1) RETURNING id`,
        [await api.createOrganization(OrganizationKind.COMPANY)],
      );
      expect(
        errorCode(await api.gql(LINK_SOLUTION, { noticeId: notice.id, solutionId: draft.id }, oslo.token)),
      ).toBe('NOT_FOUND');
      const [ownDraft] = await api.dataSource.query(
        `INSERT INTO solutions (title, summary, description, service_area, status, owner_id)
         VALUES ('Eget utkast', 'x', 'x', 'beredskap', 'DRAFT', $1) RETURNING id`,
        [oslo.organizationId],
      );
      expect(
        errorField(
          await api.gql(LINK_SOLUTION, { noticeId: notice.id, solutionId: ownDraft.id }, oslo.token),
        ),
      ).toBe('solutionId');
    });

    it('requires a future deadline only when the deadline changes', async () => {
      const notice = await createNotice(api, oslo);
      await pastDeadline(notice.id);
      const [{ deadline }] = await api.dataSource.query(
        'SELECT deadline FROM procurement_notices WHERE id = $1',
        [notice.id],
      );
      await api.gqlOk(
        UPDATE_NOTICE,
        { id: notice.id, input: noticeInput({ title: 'Ny tittel', deadline: deadline.toISOString() }) },
        oslo.token,
      );
      const moved = await api.gql(
        UPDATE_NOTICE,
        { id: notice.id, input: noticeInput({ deadline: inDays(-2) }) },
        oslo.token,
      );
      expect(errorField(moved)).toBe('deadline');
    });
  });

  describe('linkResultingSolution: whose solution, and who solves the need', () => {
    let owner: TestUser;
    let partner: TestUser;
    let participant: TestUser;
    let needId: string;
    beforeAll(async () => {
      owner = await api.createMember(OrganizationKind.MUNICIPALITY);
      partner = await api.createMember(OrganizationKind.MUNICIPALITY);
      participant = await api.createMember(OrganizationKind.COUNTY_MUNICIPALITY);
      needId = (await createNeed(api, owner)).id;
      await makePartner(api, owner, needId, partner);
      await api.gqlOk(JOIN_NEED, { needId }, participant.token);
    });

    async function concludedNotice(buyer: TestUser, linkNeed = true): Promise<string> {
      const notice = await createNotice(api, buyer, linkNeed ? { needId } : {});
      await pastDeadline(notice.id);
      return notice.id;
    }

    const ofBuyers: [string, () => TestUser][] = [
      ['the buyer (a partner)', () => partner],
      ["the need's owner", () => owner],
    ];
    it.each(ofBuyers)(
      "takes a published solution of %s on a partner's notice, and leaves the need's status to its owner",
      async (_, of) => {
        const noticeId = await concludedNotice(partner);
        const solutionId = await publishedSolution(of());
        const data = await api.gqlOk<{ linkResultingSolution: Record<string, unknown> }>(
          LINK_SOLUTION,
          { noticeId, solutionId },
          partner.token,
        );
        expect(data.linkResultingSolution).toMatchObject({
          resultingSolution: { id: solutionId },
          need: { id: needId, status: 'OPEN' },
        });
      },
    );

    it("takes a partner's published solution on the owner's notice, and the owner's need becomes SOLVED", async () => {
      const need = await createNeed(api, owner);
      await api.gqlOk(JOIN_NEED, { needId: need.id }, partner.token);
      await api.gqlOk(
        ACCEPT_PARTNER,
        { needId: need.id, organizationId: partner.organizationId },
        owner.token,
      );
      const notice = await createNotice(api, owner, { needId: need.id });
      await pastDeadline(notice.id);
      const solutionId = await publishedSolution(partner);
      const data = await api.gqlOk<{ linkResultingSolution: Record<string, unknown> }>(
        LINK_SOLUTION,
        { noticeId: notice.id, solutionId },
        owner.token,
      );
      expect(data.linkResultingSolution).toMatchObject({ need: { id: need.id, status: 'SOLVED' } });
    });

    const ofOthers: [string, () => Promise<TestUser>, boolean][] = [
      ['an organisation that only joined the need', async () => participant, true],
      ['another municipality', () => api.createMember(OrganizationKind.MUNICIPALITY), true],
      ['a company', () => api.createMember(OrganizationKind.COMPANY), true],
      ["the need's owner, on a notice without the need", async () => owner, false],
    ];
    it.each(ofOthers)(
      'refuses a published solution of %s, naming solutionId, and writes nothing',
      async (_, of, linkNeed) => {
        const noticeId = await concludedNotice(partner, linkNeed);
        const solutionId = await publishedSolution(await of());
        const followersBefore = await api.count('notifications', "event = 'RESULTING_SOLUTION_LINKED'");
        const result = await api.gql(LINK_SOLUTION, { noticeId, solutionId }, partner.token);
        expect(errorCode(result)).toBe('BAD_USER_INPUT');
        expect(errorReason(result)).toBe('RESULT_NOT_FROM_BUYERS');
        expect(errorField(result)).toBe('solutionId');
        expect(
          await api.count('procurement_notices', 'id = $1 AND resulting_solution_id IS NULL', [noticeId]),
        ).toBe(1);
        expect(await api.count('needs', "id = $1 AND status = 'OPEN'", [needId])).toBe(1);
        expect(await api.count('notifications', "event = 'RESULTING_SOLUTION_LINKED'")).toBe(followersBefore);
      },
    );
  });

  describe('lists', () => {
    it('filters by openOnly, procedure, CPV division and buyer', async () => {
      const buyer = await api.createMember(OrganizationKind.STATE_AGENCY);
      const open = await createNotice(api, buyer, {
        cpvCodes: ['72000000-5'],
        procedure: 'PRE_COMMERCIAL_PROCUREMENT',
      });
      const closed = await createNotice(api, buyer, { cpvCodes: ['85000000-9'] });
      await pastDeadline(closed.id);
      const ids = async (filter: Record<string, unknown>) =>
        (
          await api.gqlOk<{ procurementNotices: { items: { id: string; isOpen: boolean }[] } }>(
            'query ($filter: ProcurementNoticeFilter) { procurementNotices(filter: $filter) { totalCount items { id isOpen } } }',
            { filter: { buyerId: buyer.organizationId, ...filter } },
          )
        ).procurementNotices.items.map((n) => n.id);
      expect(await ids({})).toEqual([closed.id, open.id]);
      expect(await ids({ openOnly: true })).toEqual([open.id]);
      expect(await ids({ procedures: ['PRE_COMMERCIAL_PROCUREMENT'] })).toEqual([open.id]);
      expect(await ids({ cpvDivisions: ['85'] })).toEqual([closed.id]);
      const bad = await api.gql('{ procurementNotices(filter: { cpvDivisions: ["7"] }) { totalCount } }');
      expect(errorField(bad)).toBe('cpvDivisions');
    });
  });
});
