import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The PostgreSQL search engine's own index (used when MEILI_URL is unset), and processed outbox
 * rows kept for a while so that a rebuild can replay what changed while it ran.
 */
export class SearchIndex1764000300000 implements MigrationInterface {
  name = 'SearchIndex1764000300000';

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
        head_vector tsvector NOT NULL,
        PRIMARY KEY (kind, id)
      ) WITH (toast_tuple_target = 128)`);
    // search_vector (every field) is matched through its GIN index and moved out of line
    // (toast_tuple_target), so counting and faceting scan narrow rows; head_vector (title,
    // summary, tags) is small and ranks the matches.
    await db.query('ALTER TABLE search_documents ALTER COLUMN head_vector SET STORAGE MAIN');
    await db.query('CREATE INDEX search_documents_vector_idx ON search_documents USING gin (search_vector)');
    // Every word of the short fields, once: a misspelt query word is corrected against this small
    // dictionary (pg_trgm), and the corrections are then matched through the full text index.
    await db.query('CREATE TABLE search_terms (word text PRIMARY KEY)');
    await db.query('CREATE INDEX search_terms_trgm_idx ON search_terms USING gin (word gin_trgm_ops)');
    // The closest known words to a misspelt one, as tsquery alternatives. Always through the
    // trigram index: the planner underestimates how costly similarity() on every word is.
    await db.query(`
      CREATE FUNCTION search_corrections(term text, threshold real, max_words int) RETURNS text
      LANGUAGE sql STABLE SET enable_seqscan = off AS $$
        SELECT string_agg(quote_literal(word), ' | ') FROM (
          SELECT word FROM search_terms WHERE word % term AND similarity(word, term) >= threshold
          ORDER BY similarity(word, term) DESC LIMIT max_words) AS closest
      $$`);
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
    await db.query('DROP FUNCTION search_corrections(text, real, int)');
    await db.query('DROP TABLE search_terms');
    await db.query('DROP TABLE search_documents');
    // Without CASCADE: an extension something else has come to use stays, and the down fails.
    await db.query('DROP EXTENSION pg_trgm');
  }
}
