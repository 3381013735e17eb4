import { OrganizationKind } from '../src/organizations/organization-kind';
import { readPopulation } from '../src/reference-data/reference-data';
import { createNeed, JOIN_NEED, makePartner } from './support/marketplace';
import { errorCode, errorField, errorReason, TestApp, type TestUser } from './support/test-app';

const COST_SHARES = `query ($id: ID!, $totalNok: Int) {
  need(id: $id) { costShares(totalNok: $totalNok) { organization { id population } population percent amountNok } }
}`;

interface Share {
  organization: { id: string; population: number | null };
  population: number | null;
  percent: number;
  amountNok: number | null;
}

const populationOf = new Map(readPopulation().map((r) => [r.municipality_number, Number(r.population)]));
const sum = (values: number[]) => values.reduce((total, v) => total + v, 0);
const hundredths = (shares: Share[]) => sum(shares.map((s) => Math.round(s.percent * 100)));

describe('Need.costShares', () => {
  let api: TestApp;
  let municipalities: { id: string; number: string }[];

  beforeAll(async () => {
    api = await TestApp.start();
    municipalities = (
      (await api.dataSource.query(
        "SELECT id, municipality_number AS number FROM organizations WHERE kind = 'MUNICIPALITY' AND municipality_number IS NOT NULL ORDER BY municipality_number",
      )) as { id: string; number: string }[]
    ).map((m) => ({ ...m, number: m.number.trim() }));
  });
  afterAll(() => api.stop());

  const member = (number: string) =>
    api.createUser(municipalities.find((m) => m.number === number)?.id ?? '');

  async function shares(needId: string, user: TestUser | null, totalNok: number | null = null) {
    const data = await api.gqlOk<{ need: { costShares: Share[] } }>(
      COST_SHARES,
      { id: needId, totalNok },
      user?.token,
    );
    return data.need.costShares;
  }

  it('splits by the shipped population, counts a state agency with the mean, and sums exactly', async () => {
    const oslo = await member('0301');
    const utsira = await member('1151');
    const agency = await api.createMember(OrganizationKind.STATE_AGENCY);
    const need = await createNeed(api, oslo);
    await makePartner(api, oslo, need.id, utsira);
    await makePartner(api, oslo, need.id, agency);

    const result = await shares(need.id, oslo, 1_000_001);
    expect(result.map((s) => [s.organization.id, s.population])).toEqual([
      [oslo.organizationId, populationOf.get('0301')],
      [utsira.organizationId, populationOf.get('1151')],
      [agency.organizationId, null],
    ]);
    // The mean of the two others makes the agency a third of the whole.
    expect(result.map((s) => s.percent)).toEqual([66.65, 0.02, 33.33]);
    expect(hundredths(result)).toBe(10_000);
    expect(sum(result.map((s) => s.amountNok ?? 0))).toBe(1_000_001);
    expect((await shares(need.id, utsira)).map((s) => s.amountNok)).toEqual([null, null, null]);
  });

  it('sums exactly for an owner with every other municipality as a partner', async () => {
    const bergen = await member('4601');
    const need = await createNeed(api, bergen);
    const others = municipalities.filter((m) => m.number !== '4601');
    await api.dataSource.query(
      'INSERT INTO need_participants (need_id, organization_id, accepted_at) SELECT $1, unnest($2::uuid[]), now()',
      [need.id, others.map((m) => m.id)],
    );
    const result = await shares(need.id, bergen, 2_147_483_647);
    expect(result).toHaveLength(357);
    expect(hundredths(result)).toBe(10_000);
    expect(sum(result.map((s) => s.amountNok ?? 0))).toBe(2_147_483_647);
  });

  it('is an empty list for anyone but the owner and its partners', async () => {
    const owner = await api.createMember();
    const joined = await api.createMember();
    const need = await createNeed(api, owner);
    await api.gqlOk(JOIN_NEED, { needId: need.id }, joined.token);
    expect(await shares(need.id, joined, 100)).toEqual([]);
    expect(await shares(need.id, await api.createMember(OrganizationKind.COMPANY), 100)).toEqual([]);
    expect(await shares(need.id, null, 100)).toEqual([]);
    expect(await shares(need.id, owner, 100)).toHaveLength(1);
  });

  it('refuses a negative total with a reason naming totalNok', async () => {
    const owner = await api.createMember();
    const need = await createNeed(api, owner);
    const result = await api.gql(COST_SHARES, { id: need.id, totalNok: -1 }, owner.token);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorReason(result)).toBe('NOT_A_WHOLE_NUMBER');
    expect(errorField(result)).toBe('totalNok');
  });
});
