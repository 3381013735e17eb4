import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type MeilisearchTestServer, start } from '@lokomotiv/meilisearch-test-server';
import { TransactionRunner } from '../src/database/unit-of-work';
import { SearchOutboxRepository } from '../src/outbox/search-outbox.repository';
import { MeilisearchSearchEngine } from '../src/search/meilisearch-search-engine';
import { SearchIndexRebuilder } from '../src/search/search-index-rebuilder';
import { SearchIndexer } from '../src/search/search-indexer';
import { SearchSourceRepository } from '../src/search/search-source.repository';
import { Seeder } from '../src/seed/seeder';
import { eventually, outboxDrained } from './support/search-helpers';
import {
  ADOPT,
  ARCHIVE_SOLUTION,
  CREATE_SOLUTION,
  PUBLISH_SOLUTION,
  solutionInput,
  UPDATE_SOLUTION,
} from './support/solution-operations';
import { TestApp, type TestUser } from './support/test-app';
import { describeMeilisearch } from './support/test-meilisearch';

const SEARCH = `query ($query: String!, $filter: SearchFilter) {
  search(query: $query, filter: $filter, limit: 100) {
    totalCount
    hits { ... on Solution { id reuseCount } }
    facets { field values { value count } }
  }
}`;
type Search = {
  totalCount: number;
  hits: { id: string; reuseCount: number }[];
  facets: { field: string; values: { count: number }[] }[];
};

/** A Meilisearch write on this shared 2-core machine has taken up to half a minute under load. */
const MEILI_WAIT_MS = 90_000;
jest.setTimeout(4 * MEILI_WAIT_MS);

const FAST = { batchSize: 3, pollIntervalMs: 30, retryBaseMs: 20, retryMaxMs: 200, keepProcessedMs: 60_000 };

/**
 * The indexer, the rebuild and the facets against a real Meilisearch server of this file's own,
 * which a test stops and starts again.
 */
describeMeilisearch('search indexer on Meilisearch', () => {
  let meili: MeilisearchTestServer;
  let dbPath: string;
  let api: TestApp;
  let owner: TestUser;
  let adopter: TestUser;
  let indexer: SearchIndexer;
  const index = `lokomotiv_indexer_${process.pid}`;

  const search = async (query: string, filter?: Record<string, unknown>) =>
    (await api.gqlOk<{ search: Search }>(SEARCH, { query, filter })).search;

  const publishNew = async (title: string) => {
    const { createSolution } = await api.gqlOk<{ createSolution: { id: string } }>(
      CREATE_SOLUTION,
      { input: solutionInput({ title }) },
      owner.token,
    );
    await api.gqlOk(PUBLISH_SOLUTION, { id: createSolution.id }, owner.token);
    return createSolution.id;
  };

  /** Search must find exactly the published solutions, once each, as they are now. */
  const expectIndexMatchesDatabase = async () => {
    const expected = (await api.dataSource.query(
      'SELECT id::text, reuse_count AS "reuseCount" FROM solutions WHERE status = \'PUBLISHED\' ORDER BY id',
    )) as { id: string; reuseCount: number }[];
    const found = await search('', { kinds: ['SOLUTION'] });
    expect(found.totalCount).toBe(expected.length);
    expect([...found.hits].sort((a, b) => a.id.localeCompare(b.id))).toEqual(expected);
  };

  beforeAll(async () => {
    // A directory of the test's own, so the data outlives a stop.
    dbPath = await mkdtemp(join(tmpdir(), 'meilisearch-indexer-'));
    meili = await start({ dbPath });
    api = await TestApp.start({ MEILI_URL: meili.url, MEILI_MASTER_KEY: meili.key, MEILI_INDEX: index });
    owner = await api.createMember();
    adopter = await api.createMember();
    // The app's indexer, with fast retries, so a test need not wait out the production backoff.
    await api.app.get(SearchIndexer).stop();
    const engine = new MeilisearchSearchEngine({ host: meili.url, apiKey: meili.key, indexUid: index });
    const outbox = api.app.get(SearchOutboxRepository);
    const source = api.app.get(SearchSourceRepository);
    indexer = new SearchIndexer(
      engine,
      outbox,
      source,
      new SearchIndexRebuilder(engine, source, outbox),
      api.app.get(TransactionRunner),
      FAST,
    );
    await indexer.start();
    await indexer.drainNow();
  });
  afterAll(async () => {
    await indexer?.stop();
    await api?.stop();
    await meili?.stop();
    await rm(dbPath, { recursive: true, force: true });
  });

  it('loses or doubles nothing while Meilisearch is stopped and started again', async () => {
    const first = await publishNew('Flomvarsling før stans');
    await outboxDrained(api, MEILI_WAIT_MS);
    await meili.stop();
    const ids = [first];
    for (let i = 1; i <= 4; i++) ids.push(await publishNew(`Flomvarsling ${i}`));
    await api.gqlOk(
      UPDATE_SOLUTION,
      { id: ids[1], input: solutionInput({ title: 'Flomvarsling med SMS' }) },
      owner.token,
    );
    await api.gqlOk(ADOPT, { solutionId: ids[2] }, adopter.token);
    await api.gqlOk(ARCHIVE_SOLUTION, { id: first }, owner.token);
    await eventually(
      async () =>
        (await api.count('search_outbox', 'attempts >= 2 AND last_error IS NOT NULL')) > 0 ? true : undefined,
      MEILI_WAIT_MS,
    );

    meili = await start({ dbPath, port: meili.port, key: meili.key });
    await outboxDrained(api, MEILI_WAIT_MS);
    await expectIndexMatchesDatabase();
    expect((await search('SMS')).hits.map((hit) => hit.id)).toEqual([ids[1]]);
    expect((await search('Flomvarsling før stans')).hits.map((hit) => hit.id)).not.toContain(first);
  });

  it('rebuilds by a swap under load, never answering empty, keeping writes made meanwhile', async () => {
    await api.app.get(Seeder).seedDemo();
    await outboxDrained(api, MEILI_WAIT_MS);
    const before = (await search('')).totalCount;
    let smallest = Number.POSITIVE_INFINITY;
    let searching = true;
    const watcher = (async () => {
      while (searching) smallest = Math.min(smallest, (await search('')).totalCount);
    })();
    const rebuild = api.app.get(SearchIndexRebuilder).rebuild();
    const addedDuringRebuild = await publishNew('Evakueringsplan under ombygging');
    await rebuild;
    await outboxDrained(api, MEILI_WAIT_MS);
    searching = false;
    await watcher;
    expect(smallest).toBeGreaterThanOrEqual(before);
    expect((await search('Evakueringsplan')).hits.map((hit) => hit.id)).toContain(addedDuringRebuild);
    await expectIndexMatchesDatabase();
  });

  it('counts facets that add up to the total through the api, a filtered one to the total without its filter', async () => {
    const ownFilter = { kind: 'kinds', serviceArea: 'serviceAreas', open: 'openOnly' } as const;
    for (const [query, filter] of [
      ['', undefined],
      ['kommune', undefined],
      ['', { serviceAreas: ['helse-og-omsorg'] }],
      ['digital', { openOnly: true }],
    ] as const) {
      const result = await search(query, filter);
      expect(result.totalCount).toBeGreaterThan(0);
      for (const field of ['kind', 'serviceArea', 'open'] as const) {
        const values = result.facets.find((facet) => facet.field === field)?.values ?? [];
        const filtered = filter && ownFilter[field] in filter;
        const { [ownFilter[field]]: _own, ...others } = (filter ?? {}) as Record<string, unknown>;
        const expected = filtered ? (await search(query, others)).totalCount : result.totalCount;
        expect(values.reduce((sum, value) => sum + value.count, 0)).toBe(expected);
        if (filtered) expect(expected).toBeGreaterThan(result.totalCount);
      }
    }
  });
});
