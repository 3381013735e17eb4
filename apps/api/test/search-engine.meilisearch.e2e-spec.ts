import { MeilisearchSearchEngine } from '../src/search/meilisearch-search-engine';
import { searchEngineContract } from './support/search-engine-contract';

const meiliUrl = process.env.MEILI_URL;
if (!meiliUrl) console.warn('Meilisearch contract suite skipped: MEILI_URL is not set');

/** Runs only against a real Meilisearch (MEILI_URL, MEILI_MASTER_KEY); reported as skipped otherwise. */
(meiliUrl ? describe : describe.skip)('search engine contract: Meilisearch', () => {
  const indexUid = `lokomotiv_contract_${process.pid}_${Date.now()}`;
  let engine: MeilisearchSearchEngine;
  searchEngineContract(
    async () => {
      engine = new MeilisearchSearchEngine({
        host: meiliUrl ?? '',
        apiKey: process.env.MEILI_MASTER_KEY,
        indexUid,
      });
      await engine.prepare();
      return engine;
    },
    () => engine.dropIndex(),
  );
});
