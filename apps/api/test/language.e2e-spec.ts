import { OrganizationKind } from '../src/organizations/organization-kind';
import { createNeed } from './support/marketplace';
import { notificationsDelivered } from './support/search-helpers';
import { errorCode, errorReason, TestApp, type TestUser } from './support/test-app';

const ME = '{ me { id language } }';
const SET_LANGUAGE = 'mutation ($language: Language!) { setLanguage(language: $language) { id language } }';
const SAVE_SEARCH = `mutation ($input: SavedSearchInput!) { saveSearch(input: $input) { feedUrl } }`;

describe("a user's language", () => {
  let api: TestApp;
  let user: TestUser;
  beforeAll(async () => {
    api = await TestApp.start();
    user = await api.createMember(OrganizationKind.COMPANY);
  });
  afterAll(() => api.stop());

  const languageOf = async (of: TestUser) =>
    (await api.gqlOk<{ me: { language: string } }>(ME, {}, of.token)).me.language;

  it('is Norwegian until the user sets another, and only the user sets their own', async () => {
    expect(await languageOf(user)).toBe('NB');
    const set = await api.gqlOk<{ setLanguage: { id: string; language: string } }>(
      SET_LANGUAGE,
      { language: 'EN' },
      user.token,
    );
    expect(set.setLanguage).toEqual({ id: user.id, language: 'EN' });
    expect(await languageOf(user)).toBe('EN');
    expect(errorCode(await api.gql(SET_LANGUAGE, { language: 'NB' }))).toBe('UNAUTHENTICATED');
    expect(await languageOf(user)).toBe('EN');
  });

  it('refuses a language it does not speak, naming the variable', async () => {
    const result = await api.gql(SET_LANGUAGE, { language: 'SV' }, user.token);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorReason(result)).toBe('INVALID_VARIABLES');
    expect(result.errors?.[0].message).toContain('$language');
  });

  it("gives a saved search's feed in its owner's language", async () => {
    const reader = await api.createMember(OrganizationKind.COMPANY);
    const { saveSearch } = await api.gqlOk<{ saveSearch: { feedUrl: string } }>(
      SAVE_SEARCH,
      { input: { query: 'gatelys' } },
      reader.token,
    );
    const buyer = await api.createMember(OrganizationKind.MUNICIPALITY);
    await createNeed(api, buyer, { title: 'Smarte gatelys' });
    await notificationsDelivered(api);
    const feed = async () => (await fetch(new URL(new URL(saveSearch.feedUrl).pathname, api.url))).text();
    expect(await feed()).toContain('<title>Behov: Smarte gatelys</title>');
    await api.gqlOk(SET_LANGUAGE, { language: 'EN' }, reader.token);
    const english = await feed();
    expect(english).toContain('xml:lang="en"');
    expect(english).toContain('<title>Need: Smarte gatelys</title>');
  });
});
