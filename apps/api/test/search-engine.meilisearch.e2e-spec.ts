import { MeilisearchSearchEngine } from '../src/search/meilisearch-search-engine';
import { searchEngineContract } from './support/search-engine-contract';
import { describeMeilisearch } from './support/test-meilisearch';

/** Against the test run's real Meilisearch server (the test binary, or MEILI_URL when set). */
describeMeilisearch('search engine contract: Meilisearch', (meili) => {
  const indexUid = `lokomotiv_contract_${process.pid}_${Date.now()}`;
  let engine: MeilisearchSearchEngine;
  searchEngineContract(
    async () => {
      engine = new MeilisearchSearchEngine({ host: meili.url, apiKey: meili.key, indexUid });
      await engine.prepare();
      return engine;
    },
    () => engine.dropIndex(),
  );
});
