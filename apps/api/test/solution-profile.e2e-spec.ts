import { Seeder } from '../src/seed/seeder';
import { outboxDrained } from './support/search-helpers';
import { CREATE_SOLUTION, PUBLISH_SOLUTION, solutionInput } from './support/solution-operations';
import { TestApp, type TestUser } from './support/test-app';

const PROFILE = `id kind maturity lastReviewedOn licenseId openSource contact { name role email phone }
  links { label url } endpointUrl rpaPlatform { id name vendor category } automatedProcess datasetFormat
  licenseCostNok yearlyRunningCostNok priceModel builtBy supplierName hosting license sourceCodeUrl contactEmail`;
const CREATE = `mutation ($input: SolutionInput!) { createSolution(input: $input) { ${PROFILE} } }`;
const UPDATE = `mutation ($id: ID!, $input: SolutionInput!) { updateSolution(id: $id, input: $input) { ${PROFILE} } }`;
const GET = `query ($id: ID!) { solution(id: $id) { ${PROFILE} } }`;
const SYSTEMS = `query ($search: String, $category: SystemCategory) {
  systems(search: $search, category: $category) { id name vendor category }
}`;
const SEARCH = `query ($filter: SearchFilter) {
  search(query: "", filter: $filter, limit: 100) {
    totalCount
    hits { ... on Solution { id title kind maturity licenseId openSource rpaPlatform { name } } }
    facets { field values { value count } }
  }
}`;

type Profile = Record<string, unknown> & { id: string };
interface Problem {
  extensions: { reason: string; field?: string };
}

/** Each kind with the fields that fit it. */
const KINDS: [string, Record<string, unknown>][] = [
  [
    'SOFTWARE',
    {
      kind: 'SOFTWARE',
      licenseId: 'EUPL-1.2',
      builtBy: 'BOUGHT',
      supplierName: 'Acos AS',
      hosting: 'SAAS',
      licenseCostNok: 150_000,
      yearlyRunningCostNok: 40_000,
      priceModel: 'Per innbygger og år',
    },
  ],
  [
    'ROBOT',
    {
      kind: 'ROBOT',
      rpaPlatformId: 'uipath',
      automatedProcess: 'Fordeling av PLO-meldinger',
      licenseId: 'MIT',
      builtBy: 'IN_HOUSE',
      hosting: 'ON_PREMISES',
    },
  ],
  [
    'INTEGRATION',
    {
      kind: 'INTEGRATION',
      endpointUrl: 'https://api.kommune.example/v1',
      links: [{ label: 'Dokumentasjon', url: 'https://api.kommune.example/docs' }],
      licenseId: 'Apache-2.0',
    },
  ],
  ['SERVICE', { kind: 'SERVICE', maturity: 'PILOT', licenseId: 'CC-BY-4.0' }],
  [
    'TEMPLATE',
    {
      kind: 'TEMPLATE',
      licenseId: 'CC-BY-SA-4.0',
      links: [{ label: 'DPIA-mal', url: 'https://kommune.example/dpia.docx' }],
    },
  ],
  ['DATASET', { kind: 'DATASET', datasetFormat: 'CSV, JSON', licenseId: 'NLOD-2.0' }],
];

describe('what a solution is', () => {
  let api: TestApp;
  let owner: TestUser;

  beforeAll(async () => {
    api = await TestApp.start();
    owner = await api.createMember();
  });
  afterAll(() => api.stop());

  const create = async (input: Record<string, unknown>) =>
    (await api.gqlOk<{ createSolution: Profile }>(CREATE, { input: solutionInput(input) }, owner.token))
      .createSolution;
  const update = async (id: string, input: Record<string, unknown>) =>
    (await api.gqlOk<{ updateSolution: Profile }>(UPDATE, { id, input }, owner.token)).updateSolution;
  const problems = async (mutation: string, variables: Record<string, unknown>) => {
    const result = await api.gql(mutation, variables, owner.token);
    return ((result.errors ?? []) as Problem[]).map((error) => [
      error.extensions.field,
      error.extensions.reason,
    ]);
  };

  it.each(KINDS)('publishes a %s with the fields that fit it, and reads them back', async (_, fields) => {
    const { id } = await create(fields);
    await api.gqlOk(PUBLISH_SOLUTION, { id }, owner.token);
    const { solution } = await api.gqlOk<{ solution: Profile }>(GET, { id });
    const { rpaPlatformId, ...readable } = fields;
    expect(solution).toMatchObject(readable);
    if (rpaPlatformId)
      expect(solution.rpaPlatform).toEqual({
        id: 'uipath',
        name: 'UiPath',
        vendor: 'UiPath',
        category: 'RPA_PLATFORM',
      });
  });

  it('defaults to SOFTWARE in PRODUCTION, with nothing else set', async () => {
    expect(await create({})).toMatchObject({
      kind: 'SOFTWARE',
      maturity: 'PRODUCTION',
      licenseId: null,
      openSource: false,
      contact: null,
      links: [],
      rpaPlatform: null,
      builtBy: null,
      hosting: null,
    });
  });

  it.each([
    ['EUPL-1.2', true],
    ['NLOD-2.0', true],
    ['CC-BY-4.0', true],
    ['CC0-1.0', true],
    ['CC-BY-NC-4.0', false],
    ['CC-BY-ND-4.0', false],
    ['LicenseRef-Proprietary', false],
    ['LicenseRef-Proprietary OR MIT', true],
    ['GPL-2.0-or-later WITH Classpath-exception-2.0', true],
    ['MIT AND LicenseRef-Proprietary', false],
  ])('derives open source from %s: %s', async (licenseId, openSource) => {
    expect(await create({ licenseId })).toMatchObject({ licenseId, openSource });
  });

  it('keeps every field an update omits, clears one given as null, and checks the result as a whole', async () => {
    const contact = {
      name: 'Kari Nordmann',
      role: 'Prosjektleder',
      email: 'kari@kommune.example',
      phone: '+47 55 56 60 00',
    };
    const { id } = await create({
      ...KINDS[1][1],
      contact,
      maturity: 'PILOT',
      lastReviewedOn: '2026-01-15',
      tags: ['rpa'],
    });
    const updated = await update(id, solutionInput({ title: 'Ny tittel', tags: undefined, hosting: null }));
    expect(updated).toMatchObject({
      kind: 'ROBOT',
      maturity: 'PILOT',
      lastReviewedOn: '2026-01-15',
      licenseId: 'MIT',
      contact,
      rpaPlatform: { id: 'uipath' },
      automatedProcess: 'Fordeling av PLO-meldinger',
      builtBy: 'IN_HOUSE',
      hosting: null,
    });
    expect(await api.count('solutions', "id = $1 AND tags = '{rpa}'", [id])).toBe(1);
  });

  it('drops a robot’s platform and process when its kind changes, but refuses them given for another kind', async () => {
    const { id } = await create(KINDS[1][1]);
    expect(await update(id, solutionInput({ kind: 'SOFTWARE' }))).toMatchObject({
      kind: 'SOFTWARE',
      rpaPlatform: null,
      automatedProcess: null,
    });
    expect(
      await problems(UPDATE, {
        id,
        input: solutionInput({ rpaPlatformId: 'uipath', endpointUrl: 'https://x.example' }),
      }),
    ).toEqual([
      ['endpointUrl', 'NOT_FOR_SOLUTION_KIND'],
      ['rpaPlatformId', 'NOT_FOR_SOLUTION_KIND'],
    ]);
  });

  it('names every bad profile field at once with its reason, and writes nothing', async () => {
    const before = await api.count('solutions');
    const input = solutionInput({
      kind: 'ROBOT',
      rpaPlatformId: 'gerica',
      licenseId: 'MIT OR Banana-1.0',
      contact: { name: ' ', email: 'nope', phone: 'ring meg' },
      links: [
        { label: 'Demo', url: 'not a url' },
        { label: '', url: 'ftp://files.example' },
      ],
      licenseCostNok: -1,
      lastReviewedOn: '2026-02-30',
      builtBy: 'BOUGHT',
    });
    expect(await problems(CREATE_SOLUTION, { input })).toEqual([
      ['licenseId', 'INVALID_LICENSE_EXPRESSION'],
      ['lastReviewedOn', 'NOT_A_DATE'],
      ['contact.name', 'REQUIRED'],
      ['contact.email', 'NOT_AN_EMAIL'],
      ['contact.phone', 'NOT_A_PHONE_NUMBER'],
      ['links.0.url', 'NOT_A_URL'],
      ['links.1.label', 'REQUIRED'],
      ['links.1.url', 'NOT_AN_HTTP_URL'],
      ['rpaPlatformId', 'WRONG_SYSTEM_CATEGORY'],
      ['licenseCostNok', 'NOT_A_WHOLE_NUMBER'],
      ['supplierName', 'REQUIRED'],
    ]);
    expect(await api.count('solutions')).toBe(before);
  });

  it.each([
    ['rpaPlatformId', 'UNKNOWN_SYSTEM', { kind: 'ROBOT', rpaPlatformId: 'no-such-system' }],
    ['rpaPlatformId', 'REQUIRED', { kind: 'ROBOT' }],
    ['licenseId', 'INVALID_LICENSE_EXPRESSION', { licenseId: 'LicenseRef-MyOwn' }],
    ['licenseId', 'INVALID_LICENSE_EXPRESSION', { licenseId: 'mit' }],
    ['datasetFormat', 'NOT_FOR_SOLUTION_KIND', { datasetFormat: 'CSV' }],
    ['supplierName', 'SUPPLIER_ONLY_WHEN_BOUGHT', { builtBy: 'IN_HOUSE', supplierName: 'Acos' }],
    ['lastReviewedOn', 'REVIEW_DATE_IN_FUTURE', { lastReviewedOn: '2999-01-01' }],
    [
      'links',
      'TOO_MANY',
      { links: Array.from({ length: 21 }, () => ({ label: 'x', url: 'https://x.example' })) },
    ],
  ])('refuses a bad %s with %s', async (field, reason, fields) => {
    expect(await problems(CREATE_SOLUTION, { input: solutionInput(fields) })).toEqual([[field, reason]]);
  });

  it('keeps the deprecated fields readable from the new ones', async () => {
    const solution = await create({
      licenseId: 'EUPL-1.2',
      contact: { name: 'Per', email: 'per@kommune.example' },
      links: [{ label: 'Kildekode', url: 'https://github.com/kommune/losning' }],
    });
    expect(solution).toMatchObject({
      license: 'EUPL-1.2',
      contactEmail: 'per@kommune.example',
      sourceCodeUrl: 'https://github.com/kommune/losning',
    });
  });

  describe('the catalogue of systems', () => {
    const systems = async (variables: Record<string, unknown> = {}) =>
      (await api.gqlOk<{ systems: { id: string; name: string; category: string }[] }>(SYSTEMS, variables))
        .systems;

    it('lists at least 25 systems, each with a vendor and a category', async () => {
      const all = await systems();
      expect(all.length).toBeGreaterThanOrEqual(25);
      expect(all.map((s) => s.name)).toEqual(
        expect.arrayContaining([
          'UiPath',
          'Blue Prism',
          'Microsoft Power Automate',
          'Gerica',
          'Elements',
          'Altinn',
        ]),
      );
    });

    it('finds by name or vendor, folded, within a category', async () => {
      expect((await systems({ category: 'RPA_PLATFORM' })).map((s) => s.id).sort()).toEqual(
        ['blue-prism', 'power-automate', 'uipath'].sort(),
      );
      expect((await systems({ search: 'fiks' })).every((s) => s.category === 'NATIONAL_SERVICE')).toBe(true);
      expect((await systems({ search: 'fiks' })).length).toBeGreaterThanOrEqual(4);
      expect((await systems({ search: 'tietoevry', category: 'HEALTH_CARE' })).map((s) => s.id)).toEqual([
        'gerica',
      ]);
    });
  });

  describe('search', () => {
    beforeAll(async () => {
      await api.app.get(Seeder).seedDemo();
      await outboxDrained(api);
    });
    const search = async (filter: Record<string, unknown>) =>
      (
        await api.gqlOk<{
          search: {
            totalCount: number;
            hits: Profile[];
            facets: { field: string; values: { value: string; count: number }[] }[];
          };
        }>(SEARCH, { filter })
      ).search;

    it('finds Bergen’s casework robot as a ROBOT on UiPath, and every kind among the demo solutions', async () => {
      const { hits, facets } = await search({ kinds: ['SOLUTION'] });
      const robot = hits.find((hit) => String(hit.title).startsWith('Saksbehandlingsrobot'));
      expect(robot).toMatchObject({ kind: 'ROBOT', openSource: true, rpaPlatform: { name: 'UiPath' } });
      const kinds = facets.find((facet) => facet.field === 'solutionKind')?.values.map((v) => v.value);
      expect(kinds?.sort()).toEqual(['DATASET', 'INTEGRATION', 'ROBOT', 'SERVICE', 'SOFTWARE', 'TEMPLATE']);
    });

    it('filters by kind, maturity, licence and open source, and counts them as facets', async () => {
      const robots = await search({ solutionKinds: ['ROBOT'], maturities: ['PRODUCTION'] });
      expect(robots.hits.length).toBeGreaterThan(0);
      expect(robots.hits.every((hit) => hit.kind === 'ROBOT' && hit.maturity === 'PRODUCTION')).toBe(true);
      const open = await search({ openSourceOnly: true });
      expect(open.hits.length).toBeGreaterThan(0);
      expect(open.hits.every((hit) => hit.openSource)).toBe(true);
      const all = await search({ kinds: ['SOLUTION'] });
      const facet = (field: string, value: string) =>
        all.facets.find((f) => f.field === field)?.values.find((v) => v.value === value)?.count;
      expect(facet('openSource', 'true')).toBe(open.totalCount);
      expect(facet('licenseId', 'NLOD-2.0')).toBe((await search({ licenseIds: ['NLOD-2.0'] })).totalCount);
      expect(facet('maturity', 'PILOT')).toBe((await search({ maturities: ['PILOT'] })).totalCount);
    });
  });
});
