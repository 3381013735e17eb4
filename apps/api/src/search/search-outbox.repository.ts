import { Injectable } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import type { UnitOfWork } from '../database/unit-of-work';

export type SearchDocumentKind = 'SOLUTION' | 'NEED' | 'PROCUREMENT_NOTICE';

export interface OutboxEntry {
  id: string;
  kind: SearchDocumentKind;
  documentId: string;
  attempts: number;
}

const CHANNEL = 'search_outbox';

/**
 * Every change to a searchable row enqueues that row in the same transaction, so the index can
 * never miss it. The indexer reads the current row and upserts or deletes its document. Processed
 * rows are kept for a while so that a rebuild can replay what changed while it ran.
 */
@Injectable()
export class SearchOutboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  async enqueue(unitOfWork: UnitOfWork, kind: SearchDocumentKind, id: string): Promise<void> {
    await unitOfWork.query('INSERT INTO search_outbox (document_kind, document_id) VALUES ($1, $2)', [
      kind,
      id,
    ]);
    // Delivered when the transaction commits, to every api process listening.
    await unitOfWork.query(`SELECT pg_notify('${CHANNEL}', '')`);
  }

  /**
   * Locks up to `limit` due rows that no other indexer holds, and the documents they name (a
   * transaction advisory lock per document), so two indexers never write one document at once and
   * an older state can never overwrite a newer one. Rows whose document is busy are left for later.
   */
  async claimDue(unitOfWork: UnitOfWork, limit: number): Promise<OutboxEntry[]> {
    const rows: { id: string; kind: SearchDocumentKind; document_id: string; attempts: number }[] =
      await unitOfWork.query(
        `SELECT id, document_kind AS kind, document_id, attempts FROM search_outbox
         WHERE processed_at IS NULL AND next_attempt_at <= now()
         ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit],
      );
    if (!rows.length) return [];
    const keys = [...new Set(rows.map((row) => `${row.kind}:${row.document_id}`))];
    const locked: { key: string }[] = await unitOfWork.query(
      'SELECT key FROM unnest($1::text[]) AS key WHERE pg_try_advisory_xact_lock(hashtextextended(key, 0))',
      [keys],
    );
    const lockedKeys = new Set(locked.map((row) => row.key));
    return rows
      .filter((row) => lockedKeys.has(`${row.kind}:${row.document_id}`))
      .map((row) => ({ id: row.id, kind: row.kind, documentId: row.document_id, attempts: row.attempts }));
  }

  async markProcessed(unitOfWork: UnitOfWork, entries: OutboxEntry[]): Promise<void> {
    await unitOfWork.query('UPDATE search_outbox SET processed_at = now() WHERE id = ANY($1::bigint[])', [
      entries.map((entry) => entry.id),
    ]);
  }

  /** Counts a failed attempt and schedules the next one after `delayMs` (per entry). */
  async markFailed(
    unitOfWork: UnitOfWork,
    entries: OutboxEntry[],
    delayMs: (attempts: number) => number,
    error: string,
  ): Promise<void> {
    await unitOfWork.query(
      `UPDATE search_outbox o SET attempts = o.attempts + 1, last_error = $3,
         next_attempt_at = now() + f.delay_ms * interval '1 millisecond'
       FROM unnest($1::bigint[], $2::float8[]) AS f(id, delay_ms) WHERE o.id = f.id`,
      [entries.map((e) => e.id), entries.map((e) => delayMs(e.attempts + 1)), error.slice(0, 2000)],
    );
  }

  /** The documents enqueued at or after `since`, processed or not: what a rebuild must replay. */
  async refsEnqueuedSince(since: Date): Promise<{ kind: SearchDocumentKind; id: string }[]> {
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

  async pendingCount(): Promise<number> {
    const [row] = await this.dataSource.query(
      'SELECT count(*)::int AS n FROM search_outbox WHERE processed_at IS NULL',
    );
    return row.n;
  }

  async pruneProcessed(olderThanMs: number): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM search_outbox WHERE processed_at < now() - $1 * interval '1 millisecond'`,
      [olderThanMs],
    );
  }

  /** Calls `onEnqueued` whenever a transaction that enqueued something commits, in any process. */
  async listen(onEnqueued: () => void, onError: (error: Error) => void): Promise<() => Promise<void>> {
    const client = new Client({
      connectionString: (this.dataSource.options as PostgresConnectionOptions).url,
    });
    client.on('notification', onEnqueued);
    client.on('error', onError);
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    return () => client.end();
  }
}
