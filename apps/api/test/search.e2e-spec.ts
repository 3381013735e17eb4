import { Seeder } from '../src/seed/seeder';
import { eventually, outboxDrained } from './support/search-helpers';
import { errorCode, errorField, TestApp, type TestUser } from './support/test-app';

const SEARCH = `query ($query: String!, $filter: SearchFilter, $limit: Int, $offset: Int) {
  search(query: $query, filter: $filter, limit: $limit, offset: $offset) {
    totalCount
    hits {
      __typename
      ... on Solution { id title reuseCount inUseCount status owner { name } }
      ... on Need { id title needStatus: status similarSolutions { title } }
      ... on ProcurementNotice { id title isOpen procedure }
    }
    facets { field values { value count } }
  }
}`;
const CREATE = `mutation ($input: SolutionInput!) { createSolution(input: $input) { id } }`;
const PUBLISH = 'mutation ($id: ID!) { publishSolution(id: $id) { id } }';
const ARCHIVE = 'mutation ($id: ID!) { archiveSolution(id: $id) { id } }';
const UPDATE = `mutation ($id: ID!, $input: SolutionInput!) { updateSolution(id: $id, input: $input) { id } }`;
const SIMILAR =
  'query ($text: String!, $limit: Int) { similarSolutions(text: $text, limit: $limit) { title } }';

interface Hit {
  __typename: string;
  id: string;
  title: string;
  reuseCount?: number;
  inUseCount?: number;
  similarSolutions?: { title: string }[];
  isOpen?: boolean;
}
interface SearchData {
  search: {
    totalCount: number;
    hits: Hit[];
    facets: { field: string; values: { value: string; count: number }[] }[];
  };
}

describe('search through GraphQL', () => {
  let api: TestApp;
  let member: TestUser;
  const search = async (query: string, filter?: Record<string, unknown>, limit?: number) =>
    (await api.gqlOk<SearchData>(SEARCH, { query, filter, limit })).search;
  const titles = async (query: string, filter?: Record<string, unknown>) =>
    (await search(query, filter)).hits.map((hit) => hit.title);
  const solutionInput = (title: string) => ({
    title,
    summary: 'Kort oppsummering',
    description: 'Beskrivelse av løsningen',
    serviceArea: 'kultur-og-fritid',
    tags: ['test'],
  });

  beforeAll(async () => {
    api = await TestApp.start();
    await api.app.get(Seeder).seedDemo();
    await outboxDrained(api);
    member = await api.createMember();
  });
  afterAll(() => api.stop());

  describe('Norwegian queries over the demo solutions', () => {
    it.each([
      ['byggesøknd', 'Digital veileder for byggesøknad'],
      ['velferdst', 'Velferdsteknologisk alarmplattform'],
      ['barnehage', 'Samordnet opptak til barnehage'],
      ['robot', 'Saksbehandlingsrobot for fordeling av pleie- og omsorgsmeldinger'],
      ['RPA', 'Saksbehandlingsrobot for fordeling av pleie- og omsorgsmeldinger'],
      ['tilsynslosning', 'Digital tilsynsløsning for skjenkekontroll'],
      ['startlaan', 'Selvbetjent søknad om startlån'],
      ['byggesoeknad', 'Digital veileder for byggesøknad'],
    ])('"%s" finds "%s"', async (query, title) => {
      expect(await titles(query)).toContain(title);
    });

    it('puts the building-permit guide first for the misspelt "byggesøknd"', async () => {
      expect((await titles('byggesøknd'))[0]).toBe('Digital veileder for byggesøknad');
    });

    it('answers an empty query with every published solution, most in use first, then most reused', async () => {
      const result = await search('', { kinds: ['SOLUTION'] }, 100);
      expect(result.totalCount).toBe(await api.count('solutions', "status = 'PUBLISHED'"));
      const order = result.hits.map((hit) => [hit.inUseCount ?? -1, hit.reuseCount ?? -1]);
      expect(order).toEqual([...order].sort((a, b) => b[0] - a[0] || b[1] - a[1]));
      expect(result.hits[0]).toMatchObject({ __typename: 'Solution', status: 'PUBLISHED' });
    });
  });

  describe('facets and filters', () => {
    it('counts facets that add up to totalCount', async () => {
      for (const query of ['', 'selvbetjening', 'digital']) {
        const result = await search(query, undefined, 1);
        const sum = (field: string) =>
          result.facets.find((f) => f.field === field)?.values.reduce((total, v) => total + v.count, 0);
        expect(result.totalCount).toBeGreaterThan(0);
        expect(sum('kind')).toBe(result.totalCount);
        expect(sum('serviceArea')).toBe(result.totalCount);
        expect(result.facets.map((f) => f.field)).toEqual(
          expect.arrayContaining(['kind', 'serviceArea', 'ownerCounty', 'procedure', 'cpvDivision', 'open']),
        );
      }
    });

    it('counts service areas without their own filter, and kinds within the chosen area', async () => {
      const facet = (result: SearchData['search'], field: string) =>
        Object.fromEntries(
          result.facets.find((f) => f.field === field)?.values.map((v) => [v.value, v.count]) ?? [],
        );
      const health = await search('', { serviceAreas: ['helse-og-omsorg'] }, 1);
      const everything = await search('', undefined, 1);
      expect(Object.keys(facet(health, 'serviceArea')).length).toBeGreaterThan(1);
      expect(facet(health, 'serviceArea')).toEqual(facet(everything, 'serviceArea'));
      const kinds = Object.values(facet(health, 'kind')) as number[];
      expect(kinds.reduce((sum, count) => sum + count, 0)).toBe(health.totalCount);
    });

    it('names each CPV division of the facet in Norwegian and English', async () => {
      const { search: result } = await api.gqlOk<{
        search: {
          facets: { field: string; values: { value: string; cpv: Record<string, string> | null }[] }[];
        };
      }>(
        `{ search(query: "", limit: 1) { facets { field values { value cpv { code labelNb labelEn } } } } }`,
      );
      const divisions = result.facets.find((f) => f.field === 'cpvDivision')?.values ?? [];
      expect(divisions.find((v) => v.value === '72')?.cpv).toEqual({
        code: '72000000-5',
        labelNb: 'Datatjenester: rådgivning, programvareutvikling, internett og systemstøtte',
        labelEn: 'IT services: consulting, software development, Internet and support',
      });
      expect(result.facets.find((f) => f.field === 'kind')?.values.every((v) => v.cpv === null)).toBe(true);
    });

    it('filters by service area and organisation', async () => {
      const health = await search('', { serviceAreas: ['helse-og-omsorg'] });
      const facet = (await search('')).facets
        .find((f) => f.field === 'serviceArea')
        ?.values.find((v) => v.value === 'helse-og-omsorg');
      expect(health.totalCount).toBe(facet?.count);
      const [bergen] = (await api.dataSource.query(
        "SELECT id FROM organizations WHERE municipality_number = '4601'",
      )) as { id: string }[];
      expect(await titles('', { kinds: ['SOLUTION'], organizationIds: [bergen.id] })).toEqual([
        'Saksbehandlingsrobot for fordeling av pleie- og omsorgsmeldinger',
      ]);
      expect(await titles('', { kinds: ['SOLUTION'], countyNumbers: ['46'] })).toEqual([
        'Saksbehandlingsrobot for fordeling av pleie- og omsorgsmeldinger',
      ]);
    });

    it('rejects a limit over 100, naming limit', async () => {
      const result = await api.gql(SEARCH, { query: '', limit: 101 });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(errorField(result)).toBe('limit');
    });

    it.each([
      ['serviceAreas', { serviceAreas: ['no-such-area'] }],
      ['organizationIds', { organizationIds: ['not-a-uuid'] }],
      ['cpvDivisions', { cpvDivisions: ['7'] }],
      ['countyNumbers', { countyNumbers: ['4'] }],
      ['countyNumbers', { countyNumbers: ['99'] }],
    ])('rejects a bad %s filter, naming it', async (field, filter) => {
      const result = await api.gql(SEARCH, { query: '', filter });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(errorField(result)).toBe(field);
    });

    it('rejects an overlong query, naming query', async () => {
      expect(errorField(await api.gql(SEARCH, { query: 'x'.repeat(501) }))).toBe('query');
    });
  });

  describe('what is searchable', () => {
    it('never finds a draft, finds it within 1 second of publishing, and loses it when archived', async () => {
      const { createSolution } = await api.gqlOk<{ createSolution: { id: string } }>(
        CREATE,
        { input: solutionInput('Kulturkalender med påmelding') },
        member.token,
      );
      await outboxDrained(api);
      expect(await titles('kulturkalender')).toEqual([]);
      expect(await api.count('search_documents', 'id = $1', [createSolution.id])).toBe(0);

      await api.gqlOk(PUBLISH, { id: createSolution.id }, member.token);
      const publishedAt = Date.now();
      await eventually(async () => ((await titles('kulturkalender')).length ? true : undefined), 1000);
      expect(Date.now() - publishedAt).toBeLessThan(1000);

      await api.gqlOk(
        UPDATE,
        { id: createSolution.id, input: solutionInput('Kulturkalender med billettsalg') },
        member.token,
      );
      await eventually(async () => ((await titles('billettsalg')).length ? true : undefined), 1000);

      await api.gqlOk(ARCHIVE, { id: createSolution.id }, member.token);
      await outboxDrained(api);
      expect(await titles('kulturkalender')).toEqual([]);
      expect(await api.count('search_documents', 'id = $1', [createSolution.id])).toBe(0);
    });

    it('indexes needs and procurement notices, with open ones kept by openOnly', async () => {
      const [owner] = (await api.dataSource.query(
        "SELECT id FROM organizations WHERE municipality_number = '0301'",
      )) as { id: string }[];
      const [need] = (await api.dataSource.query(
        `INSERT INTO needs (title, description, service_area, owner_id)
         VALUES ('Bedre byggesaksbehandling', 'Innbyggerne trenger hjelp med byggesøknad for garasje', 'plan-bygg-og-eiendom', $1)
         RETURNING id`,
        [owner.id],
      )) as { id: string }[];
      const notices = (await api.dataSource.query(
        `INSERT INTO procurement_notices (title, description, procedure, cpv_codes, service_area, deadline, buyer_id)
         VALUES ('Innovasjonspartnerskap for byggesaksportal', 'Vi søker leverandører', 'INNOVATION_PARTNERSHIP',
                 '{72000000-5}', 'plan-bygg-og-eiendom', now() + interval '30 days', $1),
                ('Markedsdialog om byggesaksarkiv', 'Utløpt dialog', 'MARKET_DIALOGUE',
                 '{48000000-8}', 'plan-bygg-og-eiendom', now() - interval '1 day', $1)
         RETURNING id`,
        [owner.id],
      )) as { id: string }[];
      await api.dataSource.query(
        `INSERT INTO search_outbox (document_kind, document_id)
         VALUES ('NEED', $1), ('PROCUREMENT_NOTICE', $2), ('PROCUREMENT_NOTICE', $3)`,
        [need.id, notices[0].id, notices[1].id],
      );
      await outboxDrained(api);

      const all = await search('byggesak', { kinds: ['NEED', 'PROCUREMENT_NOTICE'] });
      expect(all.hits.map((h) => h.__typename).sort()).toEqual([
        'Need',
        'ProcurementNotice',
        'ProcurementNotice',
      ]);
      const needHit = all.hits.find((h) => h.__typename === 'Need');
      expect(needHit?.similarSolutions?.[0]?.title).toBe('Digital veileder for byggesøknad');

      const open = await search('byggesak', { kinds: ['PROCUREMENT_NOTICE'], openOnly: true });
      expect(open.hits).toEqual([
        expect.objectContaining({ title: 'Innovasjonspartnerskap for byggesaksportal', isOpen: true }),
      ]);
      const procedures = open.facets.find((f) => f.field === 'procedure')?.values;
      expect(procedures).toEqual([{ value: 'INNOVATION_PARTNERSHIP', count: 1 }]);
    });

    it('suggests similar published solutions for a need being written', async () => {
      const { similarSolutions } = await api.gqlOk<{ similarSolutions: { title: string }[] }>(SIMILAR, {
        text: 'Vi vil automatisere fordelingen av meldinger i hjemmetjenesten med en programvarerobot',
        limit: 3,
      });
      expect(similarSolutions[0]?.title).toBe(
        'Saksbehandlingsrobot for fordeling av pleie- og omsorgsmeldinger',
      );
      expect(similarSolutions.length).toBeLessThanOrEqual(3);
    });
  });
});
