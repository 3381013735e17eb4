import { Inject, Injectable, Logger } from '@nestjs/common';
import { SearchOutboxRepository } from '../outbox/search-outbox.repository';
import { type DocumentRef, refKey, SEARCH_ENGINE, type SearchEngine } from './search-engine';
import { isSearchDocumentKind } from './search-kind';
import { SearchSourceRepository } from './search-source.repository';

/** Covers transactions that enqueued a change a while before they committed. */
const REPLAY_MARGIN_MS = 60_000;
const REBUILD_BATCH_SIZE = 1000;

type IndexWriter = Pick<SearchEngine, 'upsert' | 'delete'>;

/** Writes the current state of these rows: an upsert if still searchable, else a delete. */
export async function syncDocuments(
  source: SearchSourceRepository,
  target: IndexWriter,
  refs: DocumentRef[],
): Promise<void> {
  const unique = [...new Map(refs.map((ref) => [refKey(ref), ref])).values()];
  if (!unique.length) return;
  const documents = await source.documentsFor(unique);
  const found = new Set(documents.map(refKey));
  await target.upsert(documents);
  await target.delete(unique.filter((ref) => !found.has(refKey(ref))));
}

/**
 * Rebuilds the whole index from PostgreSQL while the live one keeps answering: fill a new index,
 * replay what changed meanwhile, swap, then replay what reached the old index during the swap.
 */
@Injectable()
export class SearchIndexRebuilder {
  private readonly logger = new Logger(SearchIndexRebuilder.name);

  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly source: SearchSourceRepository,
    private readonly outbox: SearchOutboxRepository,
  ) {}

  /** Returns the number of documents indexed. */
  async rebuild(): Promise<number> {
    const startedAt = await this.outbox.databaseNow();
    await this.engine.prepare();
    const build = await this.engine.beginRebuild();
    let indexed = 0;
    try {
      for await (const batch of this.source.allDocuments(REBUILD_BATCH_SIZE)) {
        await build.upsert(batch);
        indexed += batch.length;
      }
      const replayedAt = await this.outbox.databaseNow();
      await syncDocuments(this.source, build, await this.changedSince(startedAt));
      await build.swap();
      await syncDocuments(this.source, this.engine, await this.changedSince(replayedAt));
    } catch (error) {
      await build.abandon().catch(() => {});
      throw error;
    }
    this.logger.log(`Rebuilt the ${this.engine.name} search index: ${indexed} documents`);
    return indexed;
  }

  private async changedSince(time: Date): Promise<DocumentRef[]> {
    const refs = await this.outbox.refsEnqueuedSince(new Date(time.getTime() - REPLAY_MARGIN_MS));
    return refs.flatMap(({ kind, id }) => (isSearchDocumentKind(kind) ? [{ kind, id }] : []));
  }
}
