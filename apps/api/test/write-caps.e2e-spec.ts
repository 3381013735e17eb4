import { MAX_SAVED_SEARCHES } from '../src/saved-searches/saved-search.service';
import { errorReason, TestApp } from './support/test-app';

const SAVE_SEARCH = 'mutation ($input: SavedSearchInput!) { saveSearch(input: $input) { id } }';

describe('caps checked inside the write', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await TestApp.start();
  });
  afterAll(() => api.stop());

  it(`stores exactly ${MAX_SAVED_SEARCHES} of 80 saved searches sent at once by one user`, async () => {
    const user = await api.createMember();
    const results = await Promise.all(
      Array.from({ length: 80 }, (_, i) =>
        api.gql(SAVE_SEARCH, { input: { query: `robot ${i}` } }, user.token),
      ),
    );
    expect(results.filter((result) => !result.errors)).toHaveLength(MAX_SAVED_SEARCHES);
    expect(results.filter((result) => errorReason(result) === 'TOO_MANY')).toHaveLength(
      80 - MAX_SAVED_SEARCHES,
    );
    expect(await api.count('saved_searches', 'user_id = $1', [user.id])).toBe(MAX_SAVED_SEARCHES);
  });

  it("does not hold one user's saves up with another's", async () => {
    const [first, second] = [await api.createMember(), await api.createMember()];
    await Promise.all(
      [first, second].flatMap((user) =>
        Array.from({ length: 10 }, () => api.gqlOk(SAVE_SEARCH, { input: { query: 'skole' } }, user.token)),
      ),
    );
    expect(await api.count('saved_searches', 'user_id = ANY($1)', [[first.id, second.id]])).toBe(20);
  });
});
