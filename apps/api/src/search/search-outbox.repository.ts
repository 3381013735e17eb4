import { Injectable } from '@nestjs/common';
import type { UnitOfWork } from '../database/unit-of-work';

export type SearchDocumentKind = 'SOLUTION' | 'NEED' | 'PROCUREMENT_NOTICE';

/**
 * The write side of the search outbox: every change to a searchable row enqueues that row in the
 * same transaction, so the index can never miss it. The indexer reads the current row and
 * upserts or deletes its document.
 */
@Injectable()
export class SearchOutboxRepository {
  async enqueue(unitOfWork: UnitOfWork, kind: SearchDocumentKind, id: string): Promise<void> {
    await unitOfWork.query('INSERT INTO search_outbox (document_kind, document_id) VALUES ($1, $2)', [
      kind,
      id,
    ]);
  }
}
