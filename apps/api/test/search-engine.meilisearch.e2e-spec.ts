import { MeilisearchSearchEngine } from '../src/search/meilisearch-search-engine';
import { searchEngineContract } from './support/search-engine-contract';

const meiliUrl = process.env.MEILI_URL;
const title = meiliUrl
  ? 'search engine contract: Meilisearch'
  : 'search engine contract: Meilisearch, skipped: MEILI_URL is not set, no Meilisearch server to run against';
if (!meiliUrl) console.warn(title);

/** Runs only against a real Meilisearch (MEILI_URL, MEILI_MASTER_KEY); reported as skipped otherwise. */
(meiliUrl ? describe : describe.skip)(title, () => {
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
