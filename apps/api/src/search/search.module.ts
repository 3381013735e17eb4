import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../core.module';
import { DEFAULT_OUTBOX_WORKER_OPTIONS } from '../outbox/outbox-worker';
import { MeilisearchSearchEngine } from './meilisearch-search-engine';
import { PostgresSearchEngine } from './postgres-search-engine';
import { SEARCH_ENGINE, type SearchEngine } from './search-engine';
import { SearchIndexRebuilder } from './search-index-rebuilder';
import { SEARCH_INDEXER_OPTIONS, SearchIndexer } from './search-indexer';
import { SearchSources } from './search-source';
import { SearchSourceRepository } from './search-source.repository';

/** Meilisearch when MEILI_URL is set, else PostgreSQL's own full text search. */
export function createSearchEngine(config: AppConfig, dataSource: DataSource): SearchEngine {
  return config.meiliUrl
    ? new MeilisearchSearchEngine({
        host: config.meiliUrl,
        apiKey: config.meiliMasterKey,
        indexUid: config.meiliIndex,
      })
    : new PostgresSearchEngine(dataSource, config.searchShards);
}

/**
 * The search port, its engine, the index and its indexer. Domain modules register the documents
 * of their kind (searchSourceProvider); search knows no domain.
 */
@Module({
  providers: [
    {
      provide: SEARCH_ENGINE,
      inject: [APP_CONFIG, DataSource],
      useFactory: createSearchEngine,
    },
    { provide: SEARCH_INDEXER_OPTIONS, useValue: DEFAULT_OUTBOX_WORKER_OPTIONS },
    SearchSourceRepository,
    SearchSources,
    SearchIndexRebuilder,
    SearchIndexer,
  ],
  exports: [SEARCH_ENGINE, SearchIndexer, SearchIndexRebuilder, SearchSources],
})
export class SearchModule {}
