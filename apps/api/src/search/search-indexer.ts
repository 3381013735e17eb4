import { Inject, Injectable } from '@nestjs/common';
import { TransactionRunner } from '../database/unit-of-work';
import { OutboxWorker, type OutboxWorkerOptions } from '../outbox/outbox-worker';
import { type SearchOutboxEntry, SearchOutboxRepository } from '../outbox/search-outbox.repository';
import { SEARCH_ENGINE, type SearchEngine } from './search-engine';
import { SearchIndexRebuilder, syncDocuments } from './search-index-rebuilder';
import { isSearchDocumentKind } from './search-kind';
import { SearchSourceRepository } from './search-source.repository';

export type SearchIndexerOptions = OutboxWorkerOptions;

export const SEARCH_INDEXER_OPTIONS = Symbol('SEARCH_INDEXER_OPTIONS');

/**
 * Drains the search outbox into the engine, so a publish is searchable within milliseconds. While
 * the engine fails, rows stay in the outbox and are retried with backoff; nothing is dropped. No
 * database transaction stays open while the engine works (the rows are leased).
 */
@Injectable()
export class SearchIndexer extends OutboxWorker<SearchOutboxEntry> {
  protected override readonly handlesUnderLease = true;

  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    outbox: SearchOutboxRepository,
    private readonly source: SearchSourceRepository,
    private readonly rebuilder: SearchIndexRebuilder,
    transactions: TransactionRunner,
    @Inject(SEARCH_INDEXER_OPTIONS) options: SearchIndexerOptions,
  ) {
    super('Search indexing', outbox, transactions, options);
  }

  /** Applies the engine's settings, and fills an index that is empty while searchable rows exist. */
  protected override async prepare(): Promise<void> {
    await this.engine.prepare();
    if ((await this.engine.count()) === 0 && (await this.source.countSearchable()) > 0) {
      await this.rebuilder.rebuild();
    }
  }

  protected handle(entries: SearchOutboxEntry[]): Promise<void> {
    const refs = entries.flatMap(({ kind, documentId }) =>
      isSearchDocumentKind(kind) ? [{ kind, id: documentId }] : [],
    );
    return syncDocuments(this.source, this.engine, refs);
  }
}
