import { Clock } from '../src/clock/clock';
import { OrganizationKind } from '../src/organizations/organization-kind';
import { Role } from '../src/users/role';
import { createNotice, noticeInput } from './support/marketplace';
import { notificationsDelivered } from './support/search-helpers';
import { errorField, errorReason, TestApp, type TestUser } from './support/test-app';

/** A clock a test sets to the moment it needs, e.g. half an hour before a daylight-saving change. */
class SettableClock extends Clock {
  private at: Date | null = null;
  now(): Date {
    return this.at ?? new Date();
  }
  set(iso: string | null): void {
    this.at = iso ? new Date(iso) : null;
  }
}

const DETAILS =
  'id deadline questionDeadline contact { name role email phone } links { label url } viewerFollows';
const NOTICE = `query ($id: ID!) { procurementNotice(id: $id) { ${DETAILS} } }`;
const UPDATE = `mutation ($id: ID!, $input: ProcurementNoticeInput!) { updateProcurementNotice(id: $id, input: $input) { id } }`;
const CANCEL = 'mutation ($id: ID!) { cancelProcurementNotice(id: $id) { id } }';
const FOLLOW = 'mutation ($id: ID!) { followProcurementNotice(id: $id) { id viewerFollows } }';
const UNFOLLOW = 'mutation ($id: ID!) { unfollowProcurementNotice(id: $id) { id viewerFollows } }';
const LIST = `query ($filter: ProcurementNoticeFilter) { procurementNotices(filter: $filter, limit: 50) { items { id } } }`;

describe('tenders as precise as Doffin', () => {
  const clock = new SettableClock();
  let api: TestApp;
  let buyer: TestUser;
  let supplier: TestUser;
  beforeAll(async () => {
    api = await TestApp.start({}, { clock });
    buyer = await api.createMember(OrganizationKind.MUNICIPALITY, Role.MEMBER);
    supplier = await api.createMember(OrganizationKind.COMPANY, Role.MEMBER);
  });
  afterEach(() => clock.set(null));
  afterAll(() => api.stop());

  const create = (overrides: Record<string, unknown>) =>
    api.gql<{ createProcurementNotice: { id: string; deadline: string } }>(
      `mutation ($input: ProcurementNoticeInput!) { createProcurementNotice(input: $input) { ${DETAILS} } }`,
      { input: noticeInput(overrides) },
      buyer.token,
    );

  describe('the deadline is at least one hour ahead, measured in real time', () => {
    // Oslo local times with their offsets, as the form sends them.
    it.each([
      [
        'across midnight',
        '2027-01-14T23:30:00+01:00',
        '2027-01-15T00:30:00+01:00',
        '2027-01-15T00:29:00+01:00',
      ],
      // 02:00 CET jumps to 03:00 CEST: 03:29 looks two hours ahead of 01:30 but is 59 minutes.
      [
        'spring forward',
        '2027-03-28T01:30:00+01:00',
        '2027-03-28T03:30:00+02:00',
        '2027-03-28T03:29:00+02:00',
      ],
      // 03:00 CEST falls back to 02:00 CET: 02:30 CET shows the same time as now, an hour later.
      ['fall back', '2027-10-31T02:30:00+02:00', '2027-10-31T02:30:00+01:00', '2027-10-31T02:29:00+01:00'],
    ])('%s: now %s, %s is accepted, %s is DEADLINE_TOO_SOON', async (_, now, accepted, refused) => {
      clock.set(now);
      const before = await api.count('procurement_notices');
      const tooSoon = await create({ deadline: refused });
      expect(errorReason(tooSoon)).toBe('DEADLINE_TOO_SOON');
      expect(errorField(tooSoon)).toBe('deadline');
      expect(await api.count('procurement_notices')).toBe(before);

      const ok = await create({ deadline: accepted });
      expect(ok.errors).toBeUndefined();
      expect(ok.data?.createProcurementNotice.deadline).toBe(new Date(accepted).toISOString());
      const [row] = await api.dataSource.query('SELECT deadline FROM procurement_notices WHERE id = $1', [
        ok.data?.createProcurementNotice.id,
      ]);
      expect(row.deadline.toISOString()).toBe(new Date(accepted).toISOString());
    });

    it('an unchanged deadline may have come closer; a changed one is checked again', async () => {
      const notice = await createNotice(api, buyer, { deadline: '2027-02-01T12:00:00+01:00' });
      clock.set('2027-02-01T11:30:00+01:00');
      const unchanged = await api.gql(
        UPDATE,
        { id: notice.id, input: noticeInput({ title: 'Ny tittel', deadline: '2027-02-01T11:00:00Z' }) },
        buyer.token,
      );
      expect(unchanged.errors).toBeUndefined();
      const moved = await api.gql(
        UPDATE,
        { id: notice.id, input: noticeInput({ deadline: '2027-02-01T12:15:00+01:00' }) },
        buyer.token,
      );
      expect(errorReason(moved)).toBe('DEADLINE_TOO_SOON');
      expect(errorField(moved)).toBe('deadline');
    });
  });

  describe('question deadline, contact and document links', () => {
    it('round-trip and are checked, naming the field', async () => {
      const input = {
        deadline: '2027-06-01T12:00:00+02:00',
        questionDeadline: '2027-05-20T12:00:00+02:00',
        contact: {
          name: ' Kari Nordmann ',
          role: 'Innkjøper',
          email: 'kari@bergen.kommune.no',
          phone: '+47 55 56 60 00',
        },
        links: [{ label: 'Konkurransegrunnlag', url: 'https://doffin.no/dokument/1' }],
      };
      clock.set('2027-05-01T12:00:00+02:00');
      const created = await create(input);
      expect(created.errors).toBeUndefined();
      const { data } = await api.gql<{ procurementNotice: Record<string, unknown> }>(NOTICE, {
        id: created.data?.createProcurementNotice.id,
      });
      expect(data?.procurementNotice).toMatchObject({
        questionDeadline: '2027-05-20T10:00:00.000Z',
        contact: {
          name: 'Kari Nordmann',
          role: 'Innkjøper',
          email: 'kari@bergen.kommune.no',
          phone: '+47 55 56 60 00',
        },
        links: input.links,
        viewerFollows: false,
      });

      const before = await api.count('procurement_notices');
      for (const [overrides, reason, field] of [
        [
          { questionDeadline: '2027-06-01T12:00:00+02:00' },
          'QUESTION_DEADLINE_AFTER_DEADLINE',
          'questionDeadline',
        ],
        [{ questionDeadline: '2027-05-01T12:30:00+02:00' }, 'DEADLINE_TOO_SOON', 'questionDeadline'],
        [{ contact: { ...input.contact, email: 'ikke-epost' } }, 'NOT_AN_EMAIL', 'contact.email'],
        [{ links: [{ label: 'Dokument', url: 'ftp://doffin.no' }] }, 'NOT_AN_HTTP_URL', 'links.0.url'],
      ] as const) {
        const result = await create({ ...input, ...overrides });
        expect([errorReason(result), errorField(result)]).toEqual([reason, field]);
      }
      expect(await api.count('procurement_notices')).toBe(before);
    });
  });

  describe('following a notice', () => {
    const notified = async (user: TestUser, event: string, id: string) => {
      await notificationsDelivered(api);
      return api.count('notifications', 'user_id = $1 AND event = $2 AND subject_id = $3', [
        user.id,
        event,
        id,
      ]);
    };

    it('tells followers of changes, cancellation and the result; unfollowing stops it', async () => {
      const notice = await createNotice(api, buyer);
      const followed = await api.gqlOk<{ followProcurementNotice: { viewerFollows: boolean } }>(
        FOLLOW,
        { id: notice.id },
        supplier.token,
      );
      expect(followed.followProcurementNotice.viewerFollows).toBe(true);
      const seen = await api.gqlOk<{ procurementNotice: { viewerFollows: boolean } }>(
        NOTICE,
        { id: notice.id },
        supplier.token,
      );
      expect(seen.procurementNotice.viewerFollows).toBe(true);

      await api.gqlOk(UPDATE, { id: notice.id, input: noticeInput({ title: 'Endret frist' }) }, buyer.token);
      expect(await notified(supplier, 'NOTICE_CHANGED', notice.id)).toBe(1);
      expect(await notified(buyer, 'NOTICE_CHANGED', notice.id)).toBe(0);

      await api.gqlOk(CANCEL, { id: notice.id }, buyer.token);
      expect(await notified(supplier, 'NOTICE_CANCELLED', notice.id)).toBe(1);

      const other = await createNotice(api, buyer);
      await api.gqlOk(FOLLOW, { id: other.id }, supplier.token);
      const unfollowed = await api.gqlOk<{ unfollowProcurementNotice: { viewerFollows: boolean } }>(
        UNFOLLOW,
        { id: other.id },
        supplier.token,
      );
      expect(unfollowed.unfollowProcurementNotice.viewerFollows).toBe(false);
      await api.gqlOk(CANCEL, { id: other.id }, buyer.token);
      expect(await notified(supplier, 'NOTICE_CANCELLED', other.id)).toBe(0);
    });

    it('tells followers the result of the procurement', async () => {
      const notice = await createNotice(api, buyer);
      await api.gqlOk(FOLLOW, { id: notice.id }, supplier.token);
      await api.dataSource.query(
        "UPDATE procurement_notices SET deadline = now() - interval '1 day' WHERE id = $1",
        [notice.id],
      );
      const [solution] = await api.dataSource.query(
        `INSERT INTO solutions (title, summary, description, service_area, status, owner_id, published_at)
         VALUES ('Digitalt tilsyn', 'Sensorer', 'Beskrivelse', 'helse-og-omsorg', 'PUBLISHED', $1, now()) RETURNING id`,
        [buyer.organizationId],
      );
      await api.gqlOk(
        'mutation ($n: ID!, $s: ID!) { linkResultingSolution(noticeId: $n, solutionId: $s) { id } }',
        { n: notice.id, s: solution.id },
        buyer.token,
      );
      expect(await notified(supplier, 'RESULTING_SOLUTION_LINKED', notice.id)).toBe(1);
    });

    it('needs a login and an existing notice', async () => {
      const notice = await createNotice(api, buyer);
      const stranger = await api.createMember(OrganizationKind.COMPANY, Role.MEMBER);
      expect((await api.gql(FOLLOW, { id: notice.id })).errors?.[0]?.extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
      const missing = await api.gql(FOLLOW, { id: '00000000-0000-4000-8000-000000000000' }, stranger.token);
      expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(
        await api.count('follows', "target_kind = 'PROCUREMENT_NOTICE' AND user_id = $1", [stranger.id]),
      ).toBe(0);
    });
  });

  it('filters the list by county, procedure and CPV division', async () => {
    const bergen = await api.createMember(OrganizationKind.MUNICIPALITY, Role.MEMBER);
    await api.dataSource.query("UPDATE organizations SET county_number = '46' WHERE id = $1", [
      bergen.organizationId,
    ]);
    const match = await createNotice(api, bergen, {
      procedure: 'COMPETITIVE_DIALOGUE',
      cpvCodes: ['72000000-5'],
    });
    const otherCpv = await createNotice(api, bergen, {
      procedure: 'COMPETITIVE_DIALOGUE',
      cpvCodes: ['48000000-8'],
    });
    const otherCounty = await createNotice(api, buyer, {
      procedure: 'COMPETITIVE_DIALOGUE',
      cpvCodes: ['72000000-5'],
    });
    const ids = async (filter: Record<string, unknown>) =>
      (
        await api.gqlOk<{ procurementNotices: { items: { id: string }[] } }>(LIST, { filter })
      ).procurementNotices.items.map((n) => n.id);
    const found = await ids({
      countyNumbers: ['46'],
      procedures: ['COMPETITIVE_DIALOGUE'],
      cpvDivisions: ['72'],
    });
    expect(found).toContain(match.id);
    expect(found).not.toContain(otherCpv.id);
    expect(found).not.toContain(otherCounty.id);
    const bad = await api.gql(LIST, { filter: { countyNumbers: ['4'] } });
    expect(errorField(bad)).toBe('countyNumbers');
  });
  it('filters the list by CPV codes at any level: a code finds its own and every narrower one', async () => {
    const software = await createNotice(api, buyer, { cpvCodes: ['72212000-4'] });
    const itGroup = await createNotice(api, buyer, { cpvCodes: ['45000000-7', '72200000-7'] });
    const otherIt = await createNotice(api, buyer, { cpvCodes: ['72100000-6'] });
    const building = await createNotice(api, buyer, { cpvCodes: ['45000000-7'] });
    const ids = async (cpvCodes: string[]) =>
      (
        await api.gqlOk<{ procurementNotices: { items: { id: string }[] } }>(LIST, { filter: { cpvCodes } })
      ).procurementNotices.items.map((n) => n.id);

    const division = await ids(['72000000-5']);
    expect(division).toEqual(expect.arrayContaining([software.id, itGroup.id, otherIt.id]));
    expect(division).not.toContain(building.id);
    const group = await ids(['72200000-7']);
    expect(group).toEqual(expect.arrayContaining([software.id, itGroup.id]));
    expect(group).not.toContain(otherIt.id);
    expect(await ids(['72212000-4', '72100000-6'])).toEqual(
      expect.arrayContaining([software.id, otherIt.id]),
    );
    expect(await ids(['72212000-4', '72100000-6'])).not.toContain(itGroup.id);

    const bad = await api.gql(LIST, { filter: { cpvCodes: ['72000000-4'] } });
    expect(errorField(bad)).toBe('cpvCodes');
    expect(errorReason(bad)).toBe('INVALID_CPV_CHECK_DIGIT');
  });

  it("browses the CPV tree with Norwegian labels: divisions, a division's groups, a group's classes", async () => {
    const TREE = 'query ($parent: String) { cpvTree(parent: $parent) { code division labelNb labelEn } }';
    const level = async (parent: string | null) =>
      (await api.gqlOk<{ cpvTree: { code: string; labelNb: string }[] }>(TREE, { parent })).cpvTree;
    const divisions = await level(null);
    expect(divisions).toHaveLength(45);
    expect(divisions).toContainEqual(
      expect.objectContaining({
        code: '72000000-5',
        labelNb: 'Datatjenester: rådgivning, programvareutvikling, internett og systemstøtte',
      }),
    );
    const groups = await level('72000000-5');
    expect(groups.map((g) => g.code)).toContain('72200000-7');
    expect(groups.every((g) => /^72[1-9]00000-\d$/.test(g.code))).toBe(true);
    const classes = await level('72200000-7');
    expect(classes.map((c) => c.code)).toContain('72210000-0');
    expect(classes.every((c) => /^722[1-9]0000-\d$/.test(c.code))).toBe(true);
    const bad = await api.gql(TREE, { parent: '72000000' });
    expect([errorField(bad), errorReason(bad)]).toEqual(['parent', 'MALFORMED_CPV_CODE']);

    const BY_CODE = 'query ($codes: [String!]!) { cpvCodesByCode(codes: $codes) { code labelNb } }';
    const { cpvCodesByCode } = await api.gqlOk<{ cpvCodesByCode: { code: string }[] }>(BY_CODE, {
      codes: ['72200000-7', '48000000-8'],
    });
    expect(cpvCodesByCode.map((c) => c.code)).toEqual(['72200000-7', '48000000-8']);
    expect(errorField(await api.gql(BY_CODE, { codes: ['99999999-9'] }))).toBe('codes');
  });
});
