import { OrganizationKind } from '../src/organizations/organization-kind';
import { DEMO_PASSWORD } from '../src/seed/demo-accounts';
import { Seeder } from '../src/seed/seeder';
import { Role } from '../src/users/role';
import { outboxDrained } from './support/search-helpers';
import {
  CREATE_SOLUTION,
  PUBLISH_SOLUTION,
  solutionInput,
  UPDATE_SOLUTION,
} from './support/solution-operations';
import { errorField, errorReason, TestApp, type TestUser } from './support/test-app';

const SET_SYSTEMS = `mutation ($systemIds: [ID!]!) { setOrganizationSystems(systemIds: $systemIds) { id systems { id } } }`;
const ORGANIZATION_SYSTEMS = `query ($id: ID!) { organization(id: $id) { systems { id } } }`;
const OWNER_SYSTEMS = `query ($id: ID!) { solution(id: $id) { owner { systems { id } } } }`;
const LISTED_SYSTEMS = `query ($ids: [ID!]) { organizations(filter: { ids: $ids }) { items { id systems { id } } } }`;
const MY_SYSTEMS = '{ me { organization { systems { id } } } }';
const FIT = `query ($id: ID!) { solution(id: $id) {
  requirements { description anyOf { id } }
  fit { runsHere met { description } missing { description anyOf { id } } }
} }`;
const SEARCH = `query ($filter: SearchFilter) {
  search(query: "", filter: $filter, limit: 100) { totalCount hits { ... on Solution { id } } }
}`;

const NOARK = {
  description: 'Sak/arkiv med Noark 5-grensesnitt',
  anyOfSystemIds: ['elements', 'public-360', 'websak'],
};
type Requirement = { description: string; anyOfSystemIds: string[] };
const LANDSCAPE = ['elements', 'gerica'];
const CARE = { description: 'Pleie og omsorg', anyOfSystemIds: ['gerica', 'profil'] };

describe('system fit', () => {
  let api: TestApp;
  let admin: TestUser;
  let colleague: TestUser;
  let otherMunicipality: TestUser;
  let company: TestUser;

  beforeAll(async () => {
    api = await TestApp.start();
    admin = await api.createMember(OrganizationKind.MUNICIPALITY, Role.ADMIN);
    colleague = await api.createUser(admin.organizationId);
    otherMunicipality = await api.createMember(OrganizationKind.STATE_AGENCY);
    company = await api.createMember(OrganizationKind.COMPANY);
  });
  afterAll(() => api.stop());

  const landscapeRows = () =>
    api.count('organization_systems', 'organization_id = $1', [admin.organizationId]);
  const setSystems = (systemIds: string[], user = admin) => api.gql(SET_SYSTEMS, { systemIds }, user.token);
  const published = new Map<string, Requirement[]>();
  const publish = async (requirements?: Requirement[], user = otherMunicipality) => {
    const { createSolution } = await api.gqlOk<{ createSolution: { id: string } }>(
      CREATE_SOLUTION,
      { input: solutionInput(requirements ? { requirements } : {}) },
      user.token,
    );
    await api.gqlOk(PUBLISH_SOLUTION, { id: createSolution.id }, user.token);
    published.set(createSolution.id, requirements ?? []);
    return createSolution.id;
  };

  describe('setting the landscape', () => {
    it('lets an ADMIN set its organisation systems, replacing what was there', async () => {
      await api.gqlOk(SET_SYSTEMS, { systemIds: ['gerica', 'ephorte'] }, admin.token);
      const data = await api.gqlOk<{ setOrganizationSystems: { id: string; systems: { id: string }[] } }>(
        SET_SYSTEMS,
        { systemIds: ['elements', 'gerica', 'elements'] },
        admin.token,
      );
      expect(data.setOrganizationSystems).toEqual({
        id: admin.organizationId,
        systems: [{ id: 'elements' }, { id: 'gerica' }],
      });
      expect(await landscapeRows()).toBe(2);
    });

    it('refuses a MEMBER who is not ADMIN, and writes nothing', async () => {
      const result = await setSystems(['websak'], colleague);
      expect(errorReason(result)).toBe('NOT_ORGANIZATION_ADMIN');
      expect(await landscapeRows()).toBe(2);
    });

    it('refuses an unknown system, naming systemIds, and writes nothing', async () => {
      const result = await setSystems(['websak', 'no-such-system']);
      expect(errorField(result)).toBe('systemIds');
      expect(await landscapeRows()).toBe(2);
    });

    it('refuses anonymous visitors', async () => {
      const result = await api.gql(SET_SYSTEMS, { systemIds: ['websak'] });
      expect(result.errors?.length).toBeTruthy();
      expect(await landscapeRows()).toBe(2);
    });
  });

  describe('who reads the landscape', () => {
    let ownedByAdmin: string;
    const expected = LANDSCAPE.map((id) => ({ id }));

    beforeAll(async () => {
      ownedByAdmin = await publish(undefined, admin);
    });

    it.each([
      ['its own member', () => colleague.token, expected],
      ['a member of another public organisation', () => otherMunicipality.token, expected],
      ['a company user', () => company.token, []],
      ['an anonymous visitor', () => undefined, []],
    ])('shows it to %s via organization, a solution owner and the list', async (_, token, systems) => {
      const byId = await api.gqlOk<{ organization: { systems: unknown } }>(
        ORGANIZATION_SYSTEMS,
        { id: admin.organizationId },
        token(),
      );
      expect(byId.organization.systems).toEqual(systems);
      const byOwner = await api.gqlOk<{ solution: { owner: { systems: unknown } } }>(
        OWNER_SYSTEMS,
        { id: ownedByAdmin },
        token(),
      );
      expect(byOwner.solution.owner.systems).toEqual(systems);
      const listed = await api.gqlOk<{ organizations: { items: { id: string; systems: unknown }[] } }>(
        LISTED_SYSTEMS,
        { ids: [admin.organizationId] },
        token(),
      );
      expect(listed.organizations.items).toEqual([{ id: admin.organizationId, systems }]);
    });

    it('shows members their own organisation through me', async () => {
      const mine = await api.gqlOk<{ me: { organization: { systems: unknown } } }>(
        MY_SYSTEMS,
        {},
        colleague.token,
      );
      expect(mine.me.organization.systems).toEqual(expected);
    });
  });

  describe('requirements and fit', () => {
    it.each([
      [{ description: 'Ukjent', anyOfSystemIds: ['no-such-system'] }, 'requirements.0.anyOfSystemIds'],
      [{ description: 'Tom', anyOfSystemIds: [] }, 'requirements.0.anyOfSystemIds'],
      [{ description: '', anyOfSystemIds: ['elements'] }, 'requirements.0.description'],
    ])('refuses requirement %j naming %s, and writes nothing', async (requirement, field) => {
      const before = await api.count('solutions');
      const result = await api.gql(
        CREATE_SOLUTION,
        { input: solutionInput({ requirements: [requirement] }) },
        otherMunicipality.token,
      );
      expect(errorField(result)).toBe(field);
      expect(await api.count('solutions')).toBe(before);
    });

    it('keeps requirements on an update that omits them, and a refused update writes nothing', async () => {
      const id = await publish([NOARK]);
      const stored = () =>
        api.count('solutions', 'id = $1 AND requirements = $2::jsonb', [id, JSON.stringify([NOARK])]);
      await api.gqlOk(
        UPDATE_SOLUTION,
        { id, input: solutionInput({ title: 'Nytt navn på løsningen' }) },
        otherMunicipality.token,
      );
      expect(await stored()).toBe(1);
      const input = solutionInput({
        requirements: [CARE, { description: 'Ukjent', anyOfSystemIds: ['nope'] }],
      });
      const result = await api.gql(UPDATE_SOLUTION, { id, input }, otherMunicipality.token);
      expect(errorField(result)).toBe('requirements.1.anyOfSystemIds');
      expect(await stored()).toBe(1);
    });

    it('tells a member of a public organisation what it has and what it misses', async () => {
      const id = await publish([NOARK, { description: 'Flyt', anyOfSystemIds: ['visma-flyt-omsorg'] }]);
      const { solution } = await api.gqlOk<{ solution: Record<string, unknown> }>(
        FIT,
        { id },
        colleague.token,
      );
      expect(solution.requirements).toEqual([
        { description: NOARK.description, anyOf: NOARK.anyOfSystemIds.map((s) => ({ id: s })) },
        { description: 'Flyt', anyOf: [{ id: 'visma-flyt-omsorg' }] },
      ]);
      expect(solution.fit).toEqual({
        runsHere: false,
        met: [{ description: NOARK.description }],
        missing: [{ description: 'Flyt', anyOf: [{ id: 'visma-flyt-omsorg' }] }],
      });
    });

    it('says it runs here when every requirement is met, and with none', async () => {
      for (const requirements of [[NOARK, CARE], undefined]) {
        const id = await publish(requirements);
        const { solution } = await api.gqlOk<{ solution: { fit: unknown } }>(FIT, { id }, colleague.token);
        expect(solution.fit).toEqual({
          runsHere: true,
          met: (requirements ?? []).map((r) => ({ description: r.description })),
          missing: [],
        });
      }
    });

    it('gives no fit to anonymous visitors and companies, who still see the requirements', async () => {
      const id = await publish([NOARK]);
      for (const token of [undefined, company.token]) {
        const { solution } = await api.gqlOk<{ solution: Record<string, unknown> }>(FIT, { id }, token);
        expect(solution.fit).toBeNull();
        expect(solution.requirements).toHaveLength(1);
      }
    });
  });

  describe('the runsOnOurSystems filter', () => {
    it('finds exactly the solutions whose requirements are met, and those without any', async () => {
      await publish([NOARK]);
      await publish([{ description: 'Flyt', anyOfSystemIds: ['visma-flyt-omsorg'] }]);
      await publish([NOARK, { description: 'Cosdoc', anyOfSystemIds: ['cosdoc'] }]);
      const meets = (requirements: Requirement[]) =>
        requirements.every((r) => r.anyOfSystemIds.some((id) => LANDSCAPE.includes(id)));
      const runs = [...published].filter(([, r]) => meets(r)).map(([id]) => id);
      const needNothing = [...published].filter(([, r]) => !r.length).map(([id]) => id);
      expect(runs.length).toBeGreaterThan(needNothing.length);
      expect(runs.length).toBeLessThan(published.size);
      await outboxDrained(api);
      const search = async (token?: string) => {
        const { search } = await api.gqlOk<{ search: { totalCount: number; hits: { id: string }[] } }>(
          SEARCH,
          { filter: { kinds: ['SOLUTION'], runsOnOurSystems: true } },
          token,
        );
        return search;
      };
      const found = await search(colleague.token);
      expect(found.hits.map((h) => h.id).sort()).toEqual([...runs].sort());
      expect(found.totalCount).toBe(runs.length);
      expect((await search()).hits.map((h) => h.id).sort()).toEqual(needNothing.sort());
    });
  });

  // Last: the demo adds solutions the filter test above does not expect.
  describe('the demo data', () => {
    const DEMO_FIT = `query ($filter: SearchFilter) {
      search(query: "", filter: $filter, limit: 100) {
        totalCount
        hits { ... on Solution { id title requirements { description } fit { runsHere missing { description } } } }
      }
    }`;
    type DemoHit = {
      id: string;
      title: string;
      requirements: { description: string }[];
      fit: { runsHere: boolean; missing: { description: string }[] } | null;
    };
    const loginBergen = async () =>
      (
        await api.gqlOk<{ login: { token: string } }>(
          'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
          { email: 'leder@bergen.test', password: DEMO_PASSWORD },
        )
      ).login.token;
    const searchDemo = async (filter: Record<string, unknown>, token?: string) =>
      (await api.gqlOk<{ search: { totalCount: number; hits: DemoHit[] } }>(DEMO_FIT, { filter }, token))
        .search;

    beforeAll(async () => {
      await api.app.get(Seeder).seedDemo();
      await outboxDrained(api);
    });

    it('gives several municipalities landscapes and several solutions requirements, once', async () => {
      const landscapes = async () =>
        (await api.dataSource.query(
          'SELECT organization_id, count(*)::int AS systems FROM organization_systems GROUP BY organization_id',
        )) as { organization_id: string; systems: number }[];
      const first = await landscapes();
      expect(
        first.filter((row) => row.organization_id !== admin.organizationId).length,
      ).toBeGreaterThanOrEqual(5);
      await api.app.get(Seeder).seedDemo();
      expect(await landscapes()).toEqual(expect.arrayContaining(first));
      expect((await landscapes()).length).toBe(first.length);
      const { hits } = await searchDemo({ kinds: ['SOLUTION'] });
      expect(hits.filter((hit) => hit.requirements.length > 0).length).toBeGreaterThanOrEqual(5);
    });

    it('lets Bergen’s demo user see solutions that run on its systems and some that do not, and the filter agree', async () => {
      const token = await loginBergen();
      const { hits } = await searchDemo({ kinds: ['SOLUTION'] }, token);
      const demo = hits.filter((hit) => hit.requirements.length > 0);
      const fitting = demo.filter((hit) => hit.fit?.runsHere);
      const missing = demo.filter((hit) => hit.fit && !hit.fit.runsHere);
      expect(fitting.map((hit) => hit.title)).toContain(
        'Saksbehandlingsrobot for fordeling av pleie- og omsorgsmeldinger',
      );
      expect(missing.map((hit) => hit.title)).toContain('Automatisert fakturakontroll med robot');
      const filtered = await searchDemo({ kinds: ['SOLUTION'], runsOnOurSystems: true }, token);
      expect(filtered.hits.map((hit) => hit.id).sort()).toEqual(
        hits
          .filter((hit) => hit.fit?.runsHere)
          .map((hit) => hit.id)
          .sort(),
      );
    });
  });
});
