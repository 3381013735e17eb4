import { OrganizationKind } from '../src/organizations/organization-kind';
import { createNotice } from './support/marketplace';
import { notificationsDelivered } from './support/search-helpers';
import { errorCode, errorField, errorReason, TestApp, type TestUser } from './support/test-app';

const CRITERIA = 'id name query kinds cpvDivisions countyNumbers procedures openOnly feedUrl';
const SAVE = `mutation ($input: SavedSearchInput!) { saveSearch(input: $input) { ${CRITERIA} } }`;
const UPDATE = `mutation ($id: ID!, $input: SavedSearchInput!) { updateSavedSearch(id: $id, input: $input) { ${CRITERIA} } }`;
const MINE = `{ mySavedSearches { ${CRITERIA} } }`;
const NOTIFICATIONS = '{ notifications(limit: 50) { items { subjectId savedSearchId } } }';

interface SavedSearchData {
  id: string;
  name: string;
  cpvDivisions: string[];
  countyNumbers: string[];
  procedures: string[];
  feedUrl: string;
}

describe('editing a saved search', () => {
  let api: TestApp;
  let owner: TestUser;
  let buyer: TestUser;
  let saved: SavedSearchData;
  beforeAll(async () => {
    api = await TestApp.start();
    buyer = await api.createMember(OrganizationKind.MUNICIPALITY);
    owner = await api.createMember(OrganizationKind.COMPANY);
  });
  beforeEach(async () => {
    saved = (
      await api.gqlOk<{ saveSearch: SavedSearchData }>(
        SAVE,
        { input: { name: 'Helse', kinds: ['PROCUREMENT_NOTICE'], cpvDivisions: ['85'] } },
        owner.token,
      )
    ).saveSearch;
  });
  afterAll(() => api.stop());

  const update = (id: string, input: Record<string, unknown>, user: TestUser | null = owner) =>
    api.gql<{ updateSavedSearch: SavedSearchData }>(UPDATE, { id, input }, user?.token);
  const stored = async () =>
    (await api.gqlOk<{ mySavedSearches: SavedSearchData[] }>(MINE, {}, owner.token)).mySavedSearches.find(
      (s) => s.id === saved.id,
    );

  it('changes the criteria and keeps the feed URL; new notices are matched by the new criteria', async () => {
    const input = {
      name: 'IT i Vestland',
      kinds: ['PROCUREMENT_NOTICE'],
      cpvDivisions: ['72', '72', ' 48'],
      countyNumbers: ['46'],
      procedures: ['INNOVATION_PARTNERSHIP'],
    };
    const { updateSavedSearch } = await api.gqlOk<{ updateSavedSearch: SavedSearchData }>(
      UPDATE,
      { id: saved.id, input },
      owner.token,
    );
    expect(updateSavedSearch).toMatchObject({
      id: saved.id,
      name: 'IT i Vestland',
      cpvDivisions: ['72', '48'],
      countyNumbers: ['46'],
      procedures: ['INNOVATION_PARTNERSHIP'],
      feedUrl: saved.feedUrl,
    });
    expect(await stored()).toEqual(updateSavedSearch);

    await api.dataSource.query("UPDATE organizations SET county_number = '46' WHERE id = $1", [
      buyer.organizationId,
    ]);
    const oldCriteria = await createNotice(api, buyer, { cpvCodes: ['85000000-9'] });
    const newCriteria = await createNotice(api, buyer, {
      cpvCodes: ['72212000-4'],
      procedure: 'INNOVATION_PARTNERSHIP',
    });
    await notificationsDelivered(api);
    const { notifications } = await api.gqlOk<{
      notifications: { items: { subjectId: string; savedSearchId: string }[] };
    }>(NOTIFICATIONS, {}, owner.token);
    const notified = notifications.items.map((n) => n.subjectId);
    expect(notified).toContain(newCriteria.id);
    expect(notified).not.toContain(oldCriteria.id);
  });

  it('names the bad field and changes nothing', async () => {
    for (const [input, field, reason] of [
      [{ cpvDivisions: ['7'] }, 'cpvDivisions', 'MALFORMED_CPV_DIVISION'],
      [{ countyNumbers: ['4'] }, 'countyNumbers', undefined],
      [{ name: 'x'.repeat(101) }, 'name', 'TOO_LONG'],
    ] as const) {
      const result = await update(saved.id, { ...input, cpvDivisions: input.cpvDivisions ?? ['72'] });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(errorField(result)).toBe(field);
      if (reason) expect(errorReason(result)).toBe(reason);
    }
    expect(await stored()).toMatchObject({ name: 'Helse', cpvDivisions: ['85'] });
  });

  it("is the owner's alone: anyone else is told it does not exist, and a visitor must log in", async () => {
    const other = await api.createMember(OrganizationKind.COMPANY);
    expect(errorCode(await update(saved.id, { name: 'Mine nå' }, other))).toBe('NOT_FOUND');
    expect(errorCode(await update(saved.id, { name: 'Mine nå' }, null))).toBe('UNAUTHENTICATED');
    expect(errorCode(await update('00000000-0000-4000-8000-000000000000', { name: 'Ny' }))).toBe('NOT_FOUND');
    expect(errorField(await update('not-a-uuid', { name: 'Ny' }))).toBe('id');
    expect(await stored()).toMatchObject({ name: 'Helse', cpvDivisions: ['85'] });
  });
});
