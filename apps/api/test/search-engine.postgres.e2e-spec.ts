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
});
