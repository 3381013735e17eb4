import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Every transactional outbox of the api. */
const OUTBOX_TABLES = ['search_outbox', 'notification_outbox'] as const;
export type OutboxName = (typeof OUTBOX_TABLES)[number];

/** How far each outbox's worker is behind: the age of its oldest row not yet processed. */
@Injectable()
export class OutboxLagRepository {
  constructor(private readonly dataSource: DataSource) {}

  async lagSeconds(): Promise<Record<OutboxName, number>> {
    const [row] = await this.dataSource.query(
      `SELECT ${OUTBOX_TABLES.map(
        (table) => `(SELECT COALESCE(extract(epoch FROM now() - min(enqueued_at)), 0)::float8
           FROM ${table} WHERE processed_at IS NULL) AS ${table}`,
      ).join(', ')}`,
    );
    return row;
  }
}
