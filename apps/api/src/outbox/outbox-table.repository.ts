import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import type { UnitOfWork } from '../database/unit-of-work';

/** What every outbox row carries besides its payload. */
export interface OutboxRow {
  id: string;
  attempts: number;
  /** The lease a row was claimed under, in a table with leases. */
  leaseToken?: string;
}

/**
 * The bookkeeping every outbox table shares, for the repository of each outbox to extend: `id bigserial`, `enqueued_at`, `attempts`,
 * `next_attempt_at`, `last_error` and `processed_at`. Rows are claimed in their own transaction with
 * FOR UPDATE SKIP LOCKED, so several workers (one per api process) share a table. A commit that
 * enqueued something notifies the channel named like the table; one that marked rows processed
 * notifies `<table>_processed`. A table with leases (`leased_until`, `lease_token`) only takes marks
 * from the worker that holds a row's lease.
 */
export abstract class OutboxTable<Row extends OutboxRow> {
  readonly channel: string;
  readonly processedChannel: string;

  protected constructor(
    protected readonly dataSource: DataSource,
    private readonly table: string,
    private readonly leased = false,
  ) {
    this.channel = table;
    this.processedChannel = `${table}_processed`;
  }

  /** Wakes the listening workers once the caller's transaction commits (in every api process). */
  protected async notifyOnCommit(unitOfWork: UnitOfWork, channel = this.channel): Promise<void> {
    await unitOfWork.query('SELECT pg_notify($1, $2)', [channel, '']);
  }

  /** Locks up to `limit` due rows no other worker holds, oldest first; `condition` narrows them (alias `o`). */
  protected claimRows<Claimed>(
    unitOfWork: UnitOfWork,
    columns: string,
    limit: number,
    condition = 'true',
  ): Promise<Claimed[]> {
    return unitOfWork.query(
      `SELECT o.id, o.attempts, ${columns} FROM ${this.table} o
       WHERE o.processed_at IS NULL AND o.next_attempt_at <= now() AND (${condition})${this.notLeased()}
       ORDER BY o.id LIMIT $1 FOR UPDATE OF o SKIP LOCKED`,
      [limit],
    );
  }

  async markProcessed(unitOfWork: UnitOfWork, rows: Row[]): Promise<void> {
    await unitOfWork.query(
      `UPDATE ${this.table} o SET processed_at = now()${this.releaseLease()}
       WHERE o.id = ANY($1::bigint[])${this.leaseHeld('$2')}`,
      [rows.map((row) => row.id), ...this.leaseParams(rows)],
    );
    await this.notifyOnCommit(unitOfWork, this.processedChannel);
  }

  /** Counts a failed attempt and schedules the next one after `delayMs` (per row). */
  async markFailed(
    unitOfWork: UnitOfWork,
    rows: Row[],
    delayMs: (attempts: number) => number,
    error: string,
  ): Promise<void> {
    await unitOfWork.query(
      `UPDATE ${this.table} o SET attempts = o.attempts + 1, last_error = $3,
         next_attempt_at = now() + f.delay_ms * interval '1 millisecond'${this.releaseLease()}
       FROM unnest($1::bigint[], $2::float8[]) AS f(id, delay_ms) WHERE o.id = f.id${this.leaseHeld('$4')}`,
      [
        rows.map((row) => row.id),
        rows.map((row) => delayMs(row.attempts + 1)),
        error.slice(0, 2000),
        ...this.leaseParams(rows),
      ],
    );
  }

  private notLeased(): string {
    return this.leased ? ' AND (o.leased_until IS NULL OR o.leased_until < now())' : '';
  }

  private releaseLease(): string {
    return this.leased ? ', leased_until = NULL, lease_token = NULL' : '';
  }

  /** A row whose lease ran out and was claimed again is the new holder's to mark. */
  private leaseHeld(token: string): string {
    return this.leased ? ` AND o.lease_token = ${token}::uuid` : '';
  }

  private leaseParams(rows: Row[]): string[] {
    return this.leased ? [rows[0]?.leaseToken ?? ''] : [];
  }

  async pruneProcessed(olderThanMs: number): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM ${this.table} WHERE processed_at < now() - $1 * interval '1 millisecond'`,
      [olderThanMs],
    );
  }

  /** Calls `onNotified` whenever a transaction that notified one of the channels commits, in any process. */
  protected async listenTo(
    channels: string[],
    onNotified: () => void,
    onError: (error: Error) => void,
  ): Promise<() => Promise<void>> {
    const client = new Client({
      connectionString: (this.dataSource.options as PostgresConnectionOptions).url,
      application_name: 'lokomotiv-outbox-listener',
      connectionTimeoutMillis: 5000,
    });
    let ending = false;
    client.on('notification', onNotified);
    client.on('error', onError);
    client.on('end', () => ending || onError(new Error('the connection ended')));
    const end = () => {
      ending = true;
      return client.end();
    };
    try {
      await client.connect();
      for (const channel of channels) await client.query(`LISTEN ${channel}`);
    } catch (error) {
      await end().catch(() => {});
      throw error;
    }
    return end;
  }
}
