import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { UnitOfWork } from '../database/unit-of-work';
import { OutboxTable } from './outbox-table.repository';
import type { OutboxQueue } from './outbox-worker';

/**
 * How long an indexer holds the rows it claimed: longer than it can wait for its engine (a write
 * waits for its Meilisearch task for up to ten minutes), so a slow engine never sees two indexers
 * write one document; rows of an indexer that died are taken up again after it.
 */
const LEASE_MS = 25 * 60_000;

/** A searchable row that changed; `kind` is one of the kinds the search module knows (SearchKind). */
export interface SearchOutboxEntry {
  id: string;
  kind: string;
  documentId: string;
  attempts: number;
  leaseToken?: string;
}

/** True while a change of the document (SQL expressions of its kind and id) waits to reach the index. */
export const searchIndexPending = (kind: string, id: string) =>
  `EXISTS (SELECT 1 FROM search_outbox p WHERE p.processed_at IS NULL
           AND p.document_kind = ${kind} AND p.document_id = ${id})`;

/**
 * Every change to a searchable row enqueues that row in the same transaction, so the index can
 * never miss it. The indexer reads the current row and upserts or deletes its document. Processed
 * rows are kept for a while so that a rebuild can replay what changed while it ran.
 */
@Injectable()
export class SearchOutboxRepository
  extends OutboxTable<SearchOutboxEntry>
  implements OutboxQueue<SearchOutboxEntry>
{
  constructor(dataSource: DataSource) {
    super(dataSource, 'search_outbox', true);
  }

  async enqueue(unitOfWork: UnitOfWork, kind: string, id: string): Promise<void> {
    await unitOfWork.query('INSERT INTO search_outbox (document_kind, document_id) VALUES ($1, $2)', [
      kind,
      id,
    ]);
    await this.notifyOnCommit(unitOfWork);
  }

  /**
   * Leases up to `limit` due rows that no other indexer holds, for LEASE_MS, and only rows whose
   * document no other indexer holds a lease on: two indexers never write one document at once, so
   * an older state can never overwrite a newer one. A transaction advisory lock per document makes
   * two claims of one document take turns; rows whose document is busy are left for later.
   */
  async claimDue(unitOfWork: UnitOfWork, limit: number): Promise<SearchOutboxEntry[]> {
    const rows = await this.claimRows<{ id: string; kind: string; document_id: string; attempts: number }>(
      unitOfWork,
      'o.document_kind AS kind, o.document_id',
      limit,
    );
    if (!rows.length) return [];
    const keys = [...new Set(rows.map((row) => `${row.kind}:${row.document_id}`))];
    const locked: { key: string }[] = await unitOfWork.query(
      'SELECT key FROM unnest($1::text[]) AS key WHERE pg_try_advisory_xact_lock(hashtextextended(key, 0))',
      [keys],
    );
    const lockedKeys = new Set(locked.map((row) => row.key));
    const candidates = rows.filter((row) => lockedKeys.has(`${row.kind}:${row.document_id}`));
    const leaseToken = randomUUID();
    // A statement of its own, so it sees the leases committed before this claim took its locks.
    const leased: { id: string }[] = await unitOfWork.query(
      `WITH leased AS (
         UPDATE search_outbox o SET leased_until = now() + $3 * interval '1 millisecond', lease_token = $2
         WHERE o.id = ANY($1::bigint[]) AND NOT EXISTS (
           SELECT 1 FROM search_outbox l WHERE l.processed_at IS NULL AND l.leased_until >= now()
             AND l.document_kind = o.document_kind AND l.document_id = o.document_id)
         RETURNING o.id)
       SELECT id FROM leased`,
      [candidates.map((row) => row.id), leaseToken, LEASE_MS],
    );
    const leasedIds = new Set(leased.map((row) => String(row.id)));
    return candidates
      .filter((row) => leasedIds.has(String(row.id)))
      .map((row) => ({
        id: row.id,
        kind: row.kind,
        documentId: row.document_id,
        attempts: row.attempts,
        leaseToken,
      }));
  }

  /** The documents enqueued at or after `since`, processed or not: what a rebuild must replay. */
  refsEnqueuedSince(since: Date): Promise<{ kind: string; id: string }[]> {
    return this.dataSource.query(
      `SELECT DISTINCT document_kind AS kind, document_id::text AS id FROM search_outbox
       WHERE enqueued_at >= $1`,
      [since],
    );
  }

  async databaseNow(): Promise<Date> {
    const [row] = await this.dataSource.query('SELECT now() AS now');
    return new Date(row.now);
  }

  listen(onEnqueued: () => void, onError: (error: Error) => void): Promise<() => Promise<void>> {
    return this.listenTo([this.channel], onEnqueued, onError);
  }
}
