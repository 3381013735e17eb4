import { Clock } from '../src/clock/clock';
import { OrganizationKind } from '../src/organizations/organization-kind';
import { Seeder } from '../src/seed/seeder';
import {
  ADOPT,
  ARCHIVE_SOLUTION,
  CREATE_SOLUTION,
  PROPOSE,
  PUBLISH_SOLUTION,
  SET_STORY,
  solutionInput,
} from './support/solution-operations';
import { errorField, errorReason, MovableClock, TestApp, type TestUser } from './support/test-app';

/** A clock a test sets to the instant an adoption is to be confirmed at. */
class SetClock extends Clock {
  at = new Date();

  now(): Date {
    return new Date(this.at);
  }
}

const STATISTICS = `query ($limit: Int, $county: String!) {
  statistics {
    publishedSolutions organizationsSharing organizationsReusing adoptionsInUse
    hoursSavedPerYear savingsNokPerYear
    adoptionsByMonth { month count }
    adoptionsByCounty { countyNumber countyName count }
    mostReused(limit: $limit) { id inUseCount reuseCount }
    municipalities(countyNumber: $county) { municipalityNumber name sharedSolutions reusedSolutions }
  }
}`;

interface StatisticsData {
  publishedSolutions: number;
  organizationsSharing: number;
  organizationsReusing: number;
  adoptionsInUse: number;
  hoursSavedPerYear: number;
  savingsNokPerYear: number;
  adoptionsByMonth: { month: string; count: number }[];
  adoptionsByCounty: { countyNumber: string; countyName: string; count: number }[];
  mostReused: { id: string; inUseCount: number; reuseCount: number }[];
  municipalities: {
    municipalityNumber: string;
    name: string;
    sharedSolutions: number;
    reusedSolutions: number;
  }[];
}

describe('statistics', () => {
  const clock = new SetClock();
  let api: TestApp;

  beforeAll(async () => {
    api = await TestApp.start({ STATISTICS_CACHE_SECONDS: '0' }, { clock });
  });
  afterAll(() => api.stop());

  /** A member of a new municipality, or of the given one (which a migration may have added already). */
  async function member(municipalityNumber?: string): Promise<TestUser> {
    if (!municipalityNumber) return api.createMember();
    const [existing] = (await api.dataSource.query(
      'SELECT id FROM organizations WHERE municipality_number = $1',
      [municipalityNumber],
    )) as { id: string }[];
    const organizationId = existing?.id ?? (await api.createOrganization());
    await api.dataSource.query(
      'UPDATE organizations SET municipality_number = $2, county_number = $3, verified = true WHERE id = $1',
      [organizationId, municipalityNumber, municipalityNumber.slice(0, 2)],
    );
    return api.createUser(organizationId);
  }

  async function published(owner: TestUser): Promise<string> {
    const { createSolution } = await api.gqlOk<{ createSolution: { id: string } }>(
      CREATE_SOLUTION,
      { input: solutionInput() },
      owner.token,
    );
    await api.gqlOk(PUBLISH_SOLUTION, { id: createSolution.id }, owner.token);
    return createSolution.id;
  }

  async function adoptAt(at: string, solutionId: string, adopter: TestUser, stage = 'IN_USE') {
    clock.at = new Date(at);
    await api.gqlOk(ADOPT, { solutionId, stage }, adopter.token);
  }

  const story = (solutionId: string, adopter: TestUser, hours: number, nok: number) =>
    api.gqlOk(
      SET_STORY,
      { solutionId, input: { hoursSavedPerYear: hours, savingsNokPerYear: nok } },
      adopter.token,
    );

  const statistics = async (variables: Record<string, unknown> = {}) =>
    (await api.gqlOk<{ statistics: StatisticsData }>(STATISTICS, { county: '46', ...variables })).statistics;

  it('counts only counting adoptions of published solutions, by Oslo month and county, for anyone', async () => {
    const owner = await member('4601');
    const [first, second, third, archived] = [
      await published(owner),
      await published(owner),
      await published(owner),
      await published(owner),
    ];
    const kinn = await member('4602');
    const etne = await member('4611');
    const oslo = await member('0301');
    const [noCounty, evaluating, stopped, lapsed, onArchived] = await Promise.all(
      Array.from({ length: 5 }, () => member()),
    );
    // Midnight in Oslo is 23:00 UTC in winter (CET) and 22:00 UTC in summer (CEST).
    await adoptAt('2026-10-31T23:00:00Z', first, kinn);
    await adoptAt('2026-10-31T22:59:59Z', first, etne, 'PILOTING');
    await adoptAt('2026-06-30T22:00:00Z', first, noCounty);
    await adoptAt('2025-01-01T12:00:00Z', second, lapsed);
    await story(second, lapsed, 5000, 1_000_000);
    await adoptAt('2026-06-30T21:59:59Z', second, oslo);
    await adoptAt('2026-06-30T21:59:59Z', second, evaluating, 'EVALUATING');
    await adoptAt('2026-07-15T12:00:00Z', third, stopped, 'STOPPED');
    await adoptAt('2026-07-15T12:00:00Z', third, kinn);
    await api.gqlOk(PROPOSE, { solutionId: third, organizationId: etne.organizationId }, owner.token);
    await adoptAt('2026-07-15T12:00:00Z', archived, onArchived);
    await api.gqlOk(ARCHIVE_SOLUTION, { id: archived }, owner.token);
    await story(first, kinn, 1200, 850_000);
    await story(first, etne, 300, 150_000);
    await story(third, stopped, 999, 999_999);

    const result = await statistics();

    expect(result).toMatchObject({
      publishedSolutions: 3,
      organizationsSharing: 1,
      organizationsReusing: 5,
      adoptionsInUse: 4,
      hoursSavedPerYear: 1500,
      savingsNokPerYear: 1_000_000,
      // Midnight months apart, and the months between with none.
      adoptionsByMonth: [
        { month: '2026-06', count: 2 },
        { month: '2026-07', count: 2 },
        { month: '2026-08', count: 0 },
        { month: '2026-09', count: 0 },
        { month: '2026-10', count: 1 },
        { month: '2026-11', count: 1 },
      ],
    });
    expect(result.adoptionsByCounty.slice(0, 2)).toEqual([
      { countyNumber: '46', countyName: 'Vestland', count: 3 },
      { countyNumber: '03', countyName: 'Oslo', count: 1 },
    ]);
    expect(result.adoptionsByCounty.find((c) => c.countyNumber === '55')).toEqual({
      countyNumber: '55',
      countyName: 'Troms',
      count: 0,
    });
    expect(result.mostReused.map((s) => s.id)).toEqual([first, second, third]);
    expect(result.mostReused.map((s) => [s.inUseCount, s.reuseCount])).toEqual([
      [2, 3],
      [1, 2],
      [1, 1],
    ]);
    expect((await statistics({ limit: 1 })).mostReused.map((s) => s.id)).toEqual([first]);
  });

  it('lists every municipality of a county with what it shares and reuses', async () => {
    const { municipalities } = await statistics();
    expect(municipalities).toHaveLength(43);
    expect(municipalities.map((m) => m.name)).toEqual(
      [...municipalities.map((m) => m.name)].sort((a, b) => a.localeCompare(b, 'nb')),
    );
    const byNumber = new Map(municipalities.map((m) => [m.municipalityNumber, m]));
    expect(byNumber.get('4601')).toEqual({
      municipalityNumber: '4601',
      name: 'Bergen',
      sharedSolutions: 3,
      reusedSolutions: 0,
    });
    expect(byNumber.get('4602')).toMatchObject({ name: 'Kinn', sharedSolutions: 0, reusedSolutions: 2 });
    expect(byNumber.get('4611')).toMatchObject({ sharedSolutions: 0, reusedSolutions: 1 });
    expect(municipalities.filter((m) => m.sharedSolutions + m.reusedSolutions > 0)).toHaveLength(3);
  });

  it('refuses an unknown county and a limit out of range, naming the field', async () => {
    const county = await api.gql(STATISTICS, { county: '99' });
    expect(errorReason(county)).toBe('UNKNOWN_COUNTY_NUMBER');
    expect(errorField(county)).toBe('countyNumber');
    const limit = await api.gql(STATISTICS, { county: '46', limit: 51 });
    expect(errorReason(limit)).toBe('OUT_OF_RANGE');
    expect(errorField(limit)).toBe('limit');
  });
});

describe('statistics cache', () => {
  const clock = new MovableClock();
  let api: TestApp;

  beforeAll(async () => {
    api = await TestApp.start({}, { clock });
  });
  afterAll(() => api.stop());

  const published = async () =>
    (await api.gqlOk<{ statistics: { publishedSolutions: number } }>('{ statistics { publishedSolutions } }'))
      .statistics.publishedSolutions;

  it('keeps the figures for STATISTICS_CACHE_SECONDS, then computes them again', async () => {
    expect(await published()).toBe(0);
    const owner = await api.createMember(OrganizationKind.MUNICIPALITY);
    const { createSolution } = await api.gqlOk<{ createSolution: { id: string } }>(
      CREATE_SOLUTION,
      { input: solutionInput() },
      owner.token,
    );
    await api.gqlOk(PUBLISH_SOLUTION, { id: createSolution.id }, owner.token);
    expect(await published()).toBe(0);
    clock.advanceDays(1);
    expect(await published()).toBe(1);
  });
});

describe('statistics of the demo data', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await TestApp.start({ STATISTICS_CACHE_SECONDS: '0' });
    await api.app.get(Seeder).seedDemo();
  });
  afterAll(() => api.stop());

  it('has adoptions spread over the past year, and hours and kroner saved', async () => {
    const { statistics } = await api.gqlOk<{ statistics: StatisticsData }>(STATISTICS, { county: '46' });
    expect(statistics.adoptionsByMonth.length).toBeGreaterThanOrEqual(6);
    expect(statistics.adoptionsByMonth.reduce((sum, m) => sum + m.count, 0)).toBe(
      await api.count('adoptions', 'counted'),
    );
    expect(statistics.hoursSavedPerYear).toBeGreaterThan(0);
    expect(statistics.savingsNokPerYear).toBeGreaterThan(0);
    expect(statistics.adoptionsByCounty.filter((c) => c.count > 0).length).toBeGreaterThanOrEqual(5);
    expect(statistics.municipalities.some((m) => m.sharedSolutions > 0)).toBe(true);
  });
});
