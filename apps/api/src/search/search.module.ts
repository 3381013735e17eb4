import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../core.module';
import { SolutionsModule } from '../solutions/solutions.module';
import { MeilisearchSearchEngine } from './meilisearch-search-engine';
import { PostgresSearchEngine } from './postgres-search-engine';
import { NeedSimilarSolutionsResolver, SearchResolver } from './search.resolver';
import { SearchService } from './search.service';
import { SEARCH_ENGINE, type SearchEngine } from './search-engine';
import { SearchIndexRebuilder } from './search-index-rebuilder';
import { DEFAULT_INDEXER_OPTIONS, SEARCH_INDEXER_OPTIONS, SearchIndexer } from './search-indexer';
import { SearchSourceRepository } from './search-source.repository';

/** Meilisearch when MEILI_URL is set, else PostgreSQL's own full text search. */
export function createSearchEngine(config: AppConfig, dataSource: DataSource): SearchEngine {
  return config.meiliUrl
    ? new MeilisearchSearchEngine({ host: config.meiliUrl, apiKey: config.meiliMasterKey })
    : new PostgresSearchEngine(dataSource);
}

@Module({
  imports: [SolutionsModule],
  providers: [
    {
      provide: SEARCH_ENGINE,
      inject: [APP_CONFIG, DataSource],
      useFactory: createSearchEngine,
    },
    { provide: SEARCH_INDEXER_OPTIONS, useValue: DEFAULT_INDEXER_OPTIONS },
    SearchSourceRepository,
    SearchIndexRebuilder,
    SearchIndexer,
    SearchService,
    SearchResolver,
    NeedSimilarSolutionsResolver,
  ],
  exports: [SEARCH_ENGINE, SearchIndexer, SearchIndexRebuilder, SearchSourceRepository],
})
export class SearchModule {}
