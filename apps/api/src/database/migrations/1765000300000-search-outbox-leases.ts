import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The search indexer claims outbox rows under a lease and commits before it calls the engine, so
 * no transaction stays open while Meilisearch works. (search_outbox_document_pending_idx finds
 * the live leases of a document.)
 */
export class SearchOutboxLeases1765000300000 implements MigrationInterface {
  name = 'SearchOutboxLeases1765000300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      'ALTER TABLE search_outbox ADD COLUMN leased_until timestamptz, ADD COLUMN lease_token uuid',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE search_outbox DROP COLUMN leased_until, DROP COLUMN lease_token');
  }
}
