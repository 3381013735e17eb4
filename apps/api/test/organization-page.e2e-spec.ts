import { OrganizationKind } from '../src/organizations/organization-kind';
import { ADOPT, CREATE_SOLUTION, PUBLISH_SOLUTION, solutionInput } from './support/solution-operations';
import { TestApp, type TestUser } from './support/test-app';

const ORGANIZATION = `query ($id: ID!) {
  organization(id: $id) { id population countyNumber similarOrganizations(limit: 10) { name population } }
}`;

interface OrganizationData {
  id: string;
  population: number | null;
  countyNumber: string | null;
  similarOrganizations: { name: string; population: number | null }[];
}

describe('the organisation page: population and municipalities alike', () => {
  let api: TestApp;
  let solutionId: string;

  beforeAll(async () => {
    api = await TestApp.start();
    const owner = await api.createMember(OrganizationKind.STATE_AGENCY);
    const { createSolution } = await api.gqlOk<{ createSolution: { id: string } }>(
      CREATE_SOLUTION,
      { input: solutionInput() },
      owner.token,
    );
    await api.gqlOk(PUBLISH_SOLUTION, { id: createSolution.id }, owner.token);
    solutionId = createSolution.id;
  });
  afterAll(() => api.stop());

  async function municipality(number: string): Promise<TestUser> {
    const [row] = (await api.dataSource.query('SELECT id FROM organizations WHERE municipality_number = $1', [
      number,
    ])) as { id: string }[];
    return api.createUser(row.id);
  }

  const organization = async (id: string) =>
    (await api.gqlOk<{ organization: OrganizationData }>(ORGANIZATION, { id })).organization;

  it('gives a municipality and a county municipality their population from the shipped data', async () => {
    const utsira = await municipality('1151');
    expect(await organization(utsira.organizationId)).toMatchObject({ population: 217, countyNumber: '11' });
    const [rogaland] = (await api.dataSource.query(
      "SELECT id FROM organizations WHERE kind = 'COUNTY_MUNICIPALITY' AND county_number = '11'",
    )) as { id: string }[];
    expect((await organization(rogaland.id)).population).toBeGreaterThan(480_000);
    const agency = await api.createMember(OrganizationKind.STATE_AGENCY);
    expect((await organization(agency.organizationId)).population).toBeNull();
  });

  it('lists the municipalities in use in the same county or population band, both first, then by name', async () => {
    const utsira = await municipality('1151');
    // Kvitsøy: county and band; Stavanger: county; Sømna: band; Bodø: neither; Hå: does not use anything.
    for (const number of ['1144', '1103', '1812', '1804'])
      await api.gqlOk(ADOPT, { solutionId, stage: 'IN_USE' }, (await municipality(number)).token);
    await api.gqlOk(ADOPT, { solutionId, stage: 'IN_USE' }, utsira.token);
    await municipality('1119');
    const names = (await organization(utsira.organizationId)).similarOrganizations.map((o) => o.name);
    expect(names).toEqual(['Kvitsøy kommune', 'Stavanger kommune', 'Sømna kommune']);
  });
});
