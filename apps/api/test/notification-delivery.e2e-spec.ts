import { TransactionRunner } from '../src/database/unit-of-work';
import { NotificationRepository } from '../src/notifications/notification.repository';
import { NotificationFanOut } from '../src/notifications/notification-fan-out';
import { NotificationOutboxRepository } from '../src/notifications/notification-outbox.repository';
import { OrganizationKind } from '../src/organizations/organization-kind';
import { SavedSearchService } from '../src/saved-searches/saved-search.service';
import { SearchIndexer } from '../src/search/search-indexer';
import { createNeed } from './support/marketplace';
import { eventually, notificationsDelivered } from './support/search-helpers';
import { TestApp, type TestUser } from './support/test-app';

const SAVE_SEARCH = `mutation ($input: SavedSearchInput!) { saveSearch(input: $input) { id } }`;
const FAST = { batchSize: 10, pollIntervalMs: 30, retryBaseMs: 20, retryMaxMs: 100, keepProcessedMs: 60_000 };

describe('delivering notifications', () => {
  let api: TestApp;
  let buyer: TestUser;
  const extraFanOuts: NotificationFanOut[] = [];

  beforeAll(async () => {
    api = await TestApp.start();
    buyer = await api.createMember(OrganizationKind.MUNICIPALITY);
  });
  afterEach(async () => {
    for (const fanOut of extraFanOuts.splice(0)) await fanOut.stop();
    await api.app.get(SearchIndexer).start();
    await api.app.get(NotificationFanOut).start();
  });
  afterAll(() => api.stop());

  const follower = async (query: string) => {
    const user = await api.createMember(OrganizationKind.COMPANY);
    await api.gqlOk(SAVE_SEARCH, { input: { query } }, user.token);
    return user;
  };
  const notificationsOf = (user: TestUser) => api.count('notifications', 'user_id = $1', [user.id]);
  const eventOf = async (subjectId: string) => {
    const [row] = (await api.dataSource.query(
      'SELECT id, processed_at, attempts, last_error FROM notification_outbox WHERE subject_id = $1',
      [subjectId],
    )) as { id: string; processed_at: Date | null; attempts: number; last_error: string | null }[];
    return row;
  };

  it('publishes the event with the write, and matches saved searches only once the item is in the index', async () => {
    await api.app.get(SearchIndexer).stop();
    const user = await follower('flomvarsling');
    const need = await createNeed(api, buyer, { title: 'Flomvarsling langs elva' });
    expect(await eventOf(need.id)).toMatchObject({ processed_at: null });

    await api.app.get(NotificationFanOut).drainNow();
    expect(await eventOf(need.id)).toMatchObject({ processed_at: null, attempts: 0 });
    expect(await notificationsOf(user)).toBe(0);

    await api.app.get(SearchIndexer).start();
    await notificationsDelivered(api);
    expect(await notificationsOf(user)).toBe(1);
  });

  it('delivers an event at least once and never notifies twice', async () => {
    const user = await follower('snøsmelting');
    const need = await createNeed(api, buyer, { title: 'Varsling av snøsmelting' });
    await notificationsDelivered(api);
    expect(await notificationsOf(user)).toBe(1);
    await api.dataSource.query('UPDATE notification_outbox SET processed_at = NULL WHERE id = $1', [
      (await eventOf(need.id)).id,
    ]);
    await notificationsDelivered(api);
    expect(await eventOf(need.id)).toMatchObject({ processed_at: expect.any(Date) });
    expect(await notificationsOf(user)).toBe(1);
  });

  it('retries an event whose delivery fails, with backoff, until it is delivered', async () => {
    await api.app.get(NotificationFanOut).stop();
    const fanOut = new NotificationFanOut(
      api.app.get(NotificationOutboxRepository),
      api.app.get(NotificationRepository),
      api.app.get(TransactionRunner),
      FAST,
    );
    extraFanOuts.push(fanOut);
    const savedSearches = api.app.get(SavedSearchService);
    let failures = 0;
    fanOut.matchSavedSearchesWith({
      ownersOfMatchingSearches: (item, exceptUserId) =>
        failures++ < 2
          ? Promise.reject(new Error('matching unavailable (test)'))
          : savedSearches.ownersOfMatchingSearches(item, exceptUserId),
    });
    const user = await follower('skredfare');
    const need = await createNeed(api, buyer, { title: 'Skredfare på fylkesveien' });
    await fanOut.start();
    await eventually(async () => ((await notificationsOf(user)) === 1 ? true : undefined));
    expect(await eventOf(need.id)).toMatchObject({
      processed_at: expect.any(Date),
      attempts: 2,
      last_error: 'matching unavailable (test)',
    });
    await fanOut.drainNow();
    expect(await notificationsOf(user)).toBe(1);
  });
});
