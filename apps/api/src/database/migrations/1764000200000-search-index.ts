import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The PostgreSQL search engine's own index (used when MEILI_URL is unset), and processed outbox
 * rows kept for a while so that a rebuild can replay what changed while it ran.
 */
export class SearchIndex1764000200000 implements MigrationInterface {
  name = 'SearchIndex1764000200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await db.query(`
      CREATE TABLE search_documents (
        kind text NOT NULL,
        id uuid NOT NULL,
        service_area text NOT NULL,
        organization_id uuid NOT NULL,
        owner_county text,
        procedure text,
        cpv_divisions text[] NOT NULL DEFAULT '{}',
        reuse_count integer NOT NULL DEFAULT 0,
        open_until timestamptz NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        search_vector tsvector NOT NULL,
        search_words text NOT NULL,
        PRIMARY KEY (kind, id)
      )`);
    await db.query('CREATE INDEX search_documents_vector_idx ON search_documents USING gin (search_vector)');
    await db.query(
      'CREATE INDEX search_documents_words_idx ON search_documents USING gin (search_words gin_trgm_ops)',
    );
    await db.query(
      'CREATE INDEX search_documents_reuse_idx ON search_documents (reuse_count DESC, kind, id)',
    );

    await db.query('ALTER TABLE search_outbox ADD COLUMN processed_at timestamptz');
    await db.query('DROP INDEX search_outbox_due_idx');
    await db.query(
      'CREATE INDEX search_outbox_pending_idx ON search_outbox (next_attempt_at, id) WHERE processed_at IS NULL',
    );
    await db.query('CREATE INDEX search_outbox_enqueued_idx ON search_outbox (enqueued_at)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX search_outbox_enqueued_idx');
    await db.query('DROP INDEX search_outbox_pending_idx');
    await db.query('CREATE INDEX search_outbox_due_idx ON search_outbox (next_attempt_at, id)');
    await db.query('ALTER TABLE search_outbox DROP COLUMN processed_at');
    await db.query('DROP TABLE search_documents');
  }
}
