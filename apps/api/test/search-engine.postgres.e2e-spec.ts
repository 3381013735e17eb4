import type { DataSource } from 'typeorm';
import { openDatabase } from '../src/database/data-source';
import { PostgresSearchEngine } from '../src/search/postgres-search-engine';
import { searchEngineContract } from './support/search-engine-contract';
import { cloneTemplate, dropDatabase, testServerFromEnv } from './support/test-database';

describe('search engine contract: PostgreSQL', () => {
  const name = `lokomotiv_search_pg_${process.pid}_${Date.now()}`;
  let dataSource: DataSource;
  searchEngineContract(
    async () => {
      dataSource = await openDatabase(await cloneTemplate(testServerFromEnv(), name), 4);
      const engine = new PostgresSearchEngine(dataSource);
      await engine.prepare();
      return engine;
    },
    async () => {
      await dataSource.destroy();
      await dropDatabase(testServerFromEnv(), name);
    },
  );
});
