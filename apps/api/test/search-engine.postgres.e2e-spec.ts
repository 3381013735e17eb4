import type { DataSource } from 'typeorm';
import { openDatabase } from '../src/database/data-source';
import { PostgresSearchEngine } from '../src/search/postgres-search-engine';
import { request, searchEngineContract } from './support/search-engine-contract';
import { cloneTemplate, dropDatabase, testServerFromEnv } from './support/test-database';

describe('search engine contract: PostgreSQL', () => {
  const name = `lokomotiv_search_pg_${process.pid}_${Date.now()}`;
  let dataSource: DataSource;
  let engine: PostgresSearchEngine;
  searchEngineContract(
    async () => {
      dataSource = await openDatabase(await cloneTemplate(testServerFromEnv(), name), 4);
      engine = new PostgresSearchEngine(dataSource);
      await engine.prepare();
      return engine;
    },
    async () => {
      await dataSource.destroy();
      await dropDatabase(testServerFromEnv(), name);
    },
  );

  it('spreads the documents over its shards and merges a text search from all of them', async () => {
    const shards: { ids: string[] }[] = await dataSource.query(
      'SELECT array_agg(id::text) AS ids FROM search_documents GROUP BY tableoid',
    );
    expect(shards).toHaveLength(2);
    const hits = (await engine.search(request('kommune'))).hits.map((hit) => hit.id);
    for (const shard of shards) expect(hits.some((id) => shard.ids.includes(id))).toBe(true);
  });

  it('takes its shard count from SEARCH_SHARDS, keeping every document, facet count and result', async () => {
    const queries = [
      request('kommune'),
      request('byggesøknd'),
      request('barnehage', { kinds: ['NEED'] }),
      request(''),
      request('', { serviceAreas: ['oppvekst-og-utdanning'] }),
      request('digital', {}, { limit: 3, offset: 2 }),
    ];
    const answers = () => Promise.all(queries.map((query) => engine.search(query)));
    const before = await answers();
    expect(before[0].totalCount).toBeGreaterThan(1);

    const threeShards = new PostgresSearchEngine(dataSource, 3);
    await threeShards.prepare();
    const shards: { n: number }[] = await dataSource.query(
      'SELECT count(DISTINCT tableoid)::int AS n FROM search_documents',
    );
    expect(shards[0].n).toBe(3);
    expect(await Promise.all(queries.map((query) => threeShards.search(query)))).toEqual(before);
    const partitions: { relname: string; reloptions: string[]; attstorage: string }[] =
      await dataSource.query(
        `SELECT c.relname, c.reloptions, a.attstorage FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'head_vector'
       WHERE i.inhparent = 'search_documents'::regclass ORDER BY c.relname`,
      );
    expect(partitions).toEqual(
      ['search_documents_0', 'search_documents_1', 'search_documents_2'].map((relname) => ({
        relname,
        reloptions: ['toast_tuple_target=128'],
        attstorage: 'm',
      })),
    );

    const oneShard = new PostgresSearchEngine(dataSource, 1);
    await oneShard.prepare();
    expect(await Promise.all(queries.map((query) => oneShard.search(query)))).toEqual(before);
  });
});
