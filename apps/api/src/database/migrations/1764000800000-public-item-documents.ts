import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each source table keeps its items' folded full text vector in a stored generated column with a
 * GIN index, and public_items reads it from there: a saved search's Atom feed used to build the
 * vector of every item on each request (seconds at 100,000 solutions), and now finds its matches
 * through the index. array_to_string is only STABLE, so generated columns join tags with an
 * IMMUTABLE wrapper (true for text[]).
 * Until commit 5c05ae2 this migration made the wrapper search_join_words(words text[]), with the
 * separator fixed to ' '; databases migrated in between keep that one-argument form.
 */
export class PublicItemDocuments1764000800000 implements MigrationInterface {
  name = 'PublicItemDocuments1764000800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION search_join_words(words text[], separator text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT array_to_string(words, separator) $$`);
    await db.query(`
        ALTER TABLE solutions ADD COLUMN search_document tsvector
        GENERATED ALWAYS AS (to_tsvector('norwegian', search_fold(title || ' ' || summary || ' ' || description || ' ' || search_join_words(tags, ' ')))) STORED`);
    await db.query('CREATE INDEX solutions_search_document_idx ON solutions USING gin (search_document)');
    await db.query(`
        ALTER TABLE needs ADD COLUMN search_document tsvector
        GENERATED ALWAYS AS (to_tsvector('norwegian', search_fold(title || ' ' || description))) STORED`);
    await db.query('CREATE INDEX needs_search_document_idx ON needs USING gin (search_document)');
    await db.query(`
        ALTER TABLE procurement_notices ADD COLUMN search_document tsvector
        GENERATED ALWAYS AS (to_tsvector('norwegian', search_fold(title || ' ' || description))) STORED`);
    await db.query(
      'CREATE INDEX procurement_notices_search_document_idx ON procurement_notices USING gin (search_document)',
    );
    await db.query(`
  CREATE OR REPLACE VIEW public_items AS
    SELECT 'SOLUTION'::text AS kind, s.id, s.title, s.summary AS summary, s.service_area,
           '{}'::text[] AS cpv_divisions, true AS is_open, s.owner_id AS organization_id,
           COALESCE(s.published_at, s.created_at) AS published_at, s.updated_at,
           s.search_document AS document
      FROM solutions s WHERE s.status = 'PUBLISHED'
    UNION ALL
    SELECT 'NEED', n.id, n.title, left(n.description, 500), n.service_area,
           '{}'::text[], n.status = 'OPEN', n.owner_id, n.created_at, n.updated_at,
           n.search_document
      FROM needs n
    UNION ALL
    SELECT 'PROCUREMENT_NOTICE', p.id, p.title, left(p.description, 500), p.service_area,
           ARRAY(SELECT DISTINCT left(code, 2) FROM unnest(p.cpv_codes) AS code),
           p.cancelled_at IS NULL AND p.deadline > now(), p.buyer_id, p.created_at, p.updated_at,
           p.search_document
      FROM procurement_notices p`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
  CREATE OR REPLACE VIEW public_items AS
    SELECT 'SOLUTION'::text AS kind, s.id, s.title, s.summary AS summary, s.service_area,
           '{}'::text[] AS cpv_divisions, true AS is_open, s.owner_id AS organization_id,
           COALESCE(s.published_at, s.created_at) AS published_at, s.updated_at,
           to_tsvector('norwegian', search_fold(s.title || ' ' || s.summary || ' ' || s.description || ' ' || array_to_string(s.tags, ' '))) AS document
      FROM solutions s WHERE s.status = 'PUBLISHED'
    UNION ALL
    SELECT 'NEED', n.id, n.title, left(n.description, 500), n.service_area,
           '{}'::text[], n.status = 'OPEN', n.owner_id, n.created_at, n.updated_at,
           to_tsvector('norwegian', search_fold(n.title || ' ' || n.description))
      FROM needs n
    UNION ALL
    SELECT 'PROCUREMENT_NOTICE', p.id, p.title, left(p.description, 500), p.service_area,
           ARRAY(SELECT DISTINCT left(code, 2) FROM unnest(p.cpv_codes) AS code),
           p.cancelled_at IS NULL AND p.deadline > now(), p.buyer_id, p.created_at, p.updated_at,
           to_tsvector('norwegian', search_fold(p.title || ' ' || p.description))
      FROM procurement_notices p`);
    await db.query('ALTER TABLE solutions DROP COLUMN search_document');
    await db.query('ALTER TABLE needs DROP COLUMN search_document');
    await db.query('ALTER TABLE procurement_notices DROP COLUMN search_document');
    await db.query('DROP FUNCTION search_join_words(text[], text)');
  }
}
