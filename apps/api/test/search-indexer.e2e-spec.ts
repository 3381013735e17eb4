import { TransactionRunner } from '../src/database/unit-of-work';
import { SearchOutboxRepository } from '../src/outbox/search-outbox.repository';
import { PostgresSearchEngine } from '../src/search/postgres-search-engine';
import type { SearchEngine } from '../src/search/search-engine';
import { SearchIndexRebuilder } from '../src/search/search-index-rebuilder';
import { SearchIndexer } from '../src/search/search-indexer';
import { SearchSourceRepository } from '../src/search/search-source.repository';
import { Seeder } from '../src/seed/seeder';
import { eventually, FailingSearchEngine, outboxDrained } from './support/search-helpers';
import { TestApp, type TestUser } from './support/test-app';

const CREATE = `mutation ($input: SolutionInput!) { createSolution(input: $input) { id } }`;
const PUBLISH = 'mutation ($id: ID!) { publishSolution(id: $id) { id } }';
const ARCHIVE = 'mutation ($id: ID!) { archiveSolution(id: $id) { id } }';
const UPDATE = `mutation ($id: ID!, $input: SolutionInput!) { updateSolution(id: $id, input: $input) { id } }`;
const ADOPT = 'mutation ($id: ID!) { adoptSolution(solutionId: $id) { id } }';
const SEARCH = `query ($query: String!, $filter: SearchFilter) {
  search(query: $query, filter: $filter, limit: 100) { totalCount hits { ... on Solution { id title reuseCount } } }
}`;

const FAST = { batchSize: 3, pollIntervalMs: 30, retryBaseMs: 20, retryMaxMs: 100, keepProcessedMs: 60_000 };

describe('search indexer', () => {
  let api: TestApp;
  let owner: TestUser;
  let adopter: TestUser;
  const extraIndexers: SearchIndexer[] = [];

  /** An indexer over the app's outbox and database, with its own engine and fast retries. */
  const indexerWith = (engine: SearchEngine) => {
    const outbox = api.app.get(SearchOutboxRepository);
    const source = api.app.get(SearchSourceRepository);
    const indexer = new SearchIndexer(
      engine,
      outbox,
      source,
      new SearchIndexRebuilder(engine, source, outbox),
      api.app.get(TransactionRunner),
      FAST,
    );
    extraIndexers.push(indexer);
    return indexer;
  };

  const input = (title: string) => ({
    title,
    summary: 'Oppsummering',
    description: 'Beskrivelse',
    serviceArea: 'beredskap',
    tags: [],
  });
  const publishNew = async (title: string) => {
    const { createSolution } = await api.gqlOk<{ createSolution: { id: string } }>(
      CREATE,
      { input: input(title) },
      owner.token,
    );
    await api.gqlOk(PUBLISH, { id: createSolution.id }, owner.token);
    return createSolution.id;
  };

  /** The index must hold exactly the published solutions, once each, as they are now. */
  const expectIndexMatchesDatabase = async () => {
    const expected = (await api.dataSource.query(
      "SELECT id::text, reuse_count FROM solutions WHERE status = 'PUBLISHED' ORDER BY id",
    )) as { id: string; reuse_count: number }[];
    const indexed = (await api.dataSource.query(
      "SELECT id::text, reuse_count FROM search_documents WHERE kind = 'SOLUTION' ORDER BY id",
    )) as { id: string; reuse_count: number }[];
    expect(indexed).toEqual(expected);
    const { search } = await api.gqlOk<{ search: { totalCount: number; hits: { id: string }[] } }>(SEARCH, {
      query: '',
      filter: { kinds: ['SOLUTION'] },
    });
    expect(search.totalCount).toBe(expected.length);
    expect(new Set(search.hits.map((h) => h.id)).size).toBe(search.hits.length);
  };

  beforeAll(async () => {
    api = await TestApp.start();
    owner = await api.createMember();
    adopter = await api.createMember();
  });
  afterEach(async () => {
    for (const indexer of extraIndexers.splice(0)) await indexer.stop();
  });
  afterAll(() => api.stop());

  it('keeps writes working while the engine fails, and loses or doubles nothing once it recovers', async () => {
    await api.app.get(SearchIndexer).stop();
    const engine = new FailingSearchEngine(new PostgresSearchEngine(api.dataSource));
    const indexer = indexerWith(engine);
    await indexer.start();
    await indexer.drainNow();
    engine.failing = true;

    const ids: string[] = [];
    for (let i = 1; i <= 5; i++) ids.push(await publishNew(`Flomvarsling ${i}`));
    await api.gqlOk(UPDATE, { id: ids[0], input: input('Flomvarsling med SMS') }, owner.token);
    await api.gqlOk(ADOPT, { id: ids[1] }, adopter.token);
    await api.gqlOk(ARCHIVE, { id: ids[2] }, owner.token);

    await eventually(async () =>
      (await api.count('search_outbox', 'attempts >= 2')) > 0 ? true : undefined,
    );
    expect(engine.failures).toBeGreaterThan(0);
    expect(await api.count('search_outbox', 'last_error IS NOT NULL')).toBeGreaterThan(0);
    expect(await api.count('search_documents', 'id = ANY($1::uuid[])', [ids])).toBe(0);

    engine.failing = false;
    await outboxDrained(api);
    await expectIndexMatchesDatabase();
    const rows = (await api.dataSource.query(
      'SELECT id::text, reuse_count FROM search_documents WHERE id = ANY($1::uuid[]) ORDER BY id',
      [ids],
    )) as { id: string; reuse_count: number }[];
    expect(rows.map((r) => r.id).sort()).toEqual([ids[0], ids[1], ids[3], ids[4]].sort());
    expect(rows.find((r) => r.id === ids[1])?.reuse_count).toBe(1);
    const { search } = await api.gqlOk<{ search: { hits: { id: string }[] } }>(SEARCH, { query: 'SMS' });
    expect(search.hits.map((h) => h.id)).toEqual([ids[0]]);
  });

  it('holds no database transaction open while the engine works, only a lease on the rows', async () => {
    await api.app.get(SearchIndexer).stop();
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let working = () => {};
    const engineWorking = new Promise<void>((resolve) => {
      working = resolve;
    });
    let slowed = false;
    const postgres = new PostgresSearchEngine(api.dataSource);
    const slow: SearchEngine = Object.assign(Object.create(postgres), {
      upsert: async (documents: Parameters<SearchEngine['upsert']>[0]) => {
        if (slowed) {
          working();
          await released;
        }
        return postgres.upsert(documents);
      },
    });
    const indexer = indexerWith(slow);
    await indexer.start();
    await indexer.drainNow();
    slowed = true;
    try {
      const id = await publishNew('Snøskredvarsling');
      await engineWorking;
      // The claimed row is locked by no transaction (NOWAIT fails at once on a held lock).
      const locked = await api.dataSource
        .transaction((tx) =>
          tx.query('SELECT id FROM search_outbox WHERE processed_at IS NULL FOR UPDATE NOWAIT'),
        )
        .then(
          () => false,
          () => true,
        );
      expect(locked).toBe(false);
      expect(await api.count('search_outbox', 'processed_at IS NULL AND leased_until > now()')).toBe(1);
      release();
      await outboxDrained(api);
      expect(await api.count('search_outbox', 'leased_until IS NOT NULL')).toBe(0);
      expect(await api.count('search_documents', 'id = $1', [id])).toBe(1);
    } finally {
      release();
    }
  });

  it('lets several indexers drain one outbox without losing or doubling an update', async () => {
    const engine = new PostgresSearchEngine(api.dataSource);
    const indexers = [indexerWith(engine), indexerWith(engine), api.app.get(SearchIndexer)];
    for (const indexer of indexers) await indexer.start();
    const ids = await Promise.all(Array.from({ length: 8 }, (_, i) => publishNew(`Brannøvelse ${i}`)));
    await Promise.all(
      ids.flatMap((id, i) => [
        api.gqlOk(UPDATE, { id, input: input(`Brannøvelse ${i} oppdatert`) }, owner.token),
        api.gqlOk(ADOPT, { id }, adopter.token),
      ]),
    );
    await outboxDrained(api);
    await expectIndexMatchesDatabase();
    const { search } = await api.gqlOk<{ search: { totalCount: number } }>(SEARCH, { query: 'oppdatert' });
    expect(search.totalCount).toBe(ids.length);
  });

  it('rebuilds without a moment where search answers empty, keeping writes made meanwhile', async () => {
    await api.app.get(Seeder).seedDemo();
    await outboxDrained(api);
    const before = await api.count('search_documents');
    let smallest = Number.POSITIVE_INFINITY;
    let searching = true;
    const watcher = (async () => {
      while (searching) {
        const { search } = await api.gqlOk<{ search: { totalCount: number } }>(SEARCH, { query: '' });
        smallest = Math.min(smallest, search.totalCount);
      }
    })();
    const rebuild = api.app.get(SearchIndexRebuilder).rebuild();
    const addedDuringRebuild = await publishNew('Evakueringsplan under ombygging');
    await rebuild;
    await outboxDrained(api);
    searching = false;
    await watcher;
    expect(smallest).toBeGreaterThanOrEqual(before);
    expect(await api.count('search_documents', 'id = $1', [addedDuringRebuild])).toBe(1);
    await expectIndexMatchesDatabase();
  });

  it('fills an empty index on start when searchable rows exist', async () => {
    await api.app.get(SearchIndexer).stop();
    await api.dataSource.query('DELETE FROM search_documents');
    const indexer = indexerWith(new PostgresSearchEngine(api.dataSource));
    await indexer.start();
    await eventually(async () => ((await api.count('search_documents')) > 0 ? true : undefined));
    await indexer.drainNow();
    await expectIndexMatchesDatabase();
  });
});
