import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Saved searches match and list items through the search engine, as the search page does, so the
 * second full text index (PublicItemDocuments1764000800000: a stored vector per source row, and the
 * public_items view over them) and its folding functions go. Feeds list the newest matches first:
 * a solution's search document is dated by its first publication, and the index is ordered by it.
 */
export class OneSearchSemantics1764001100000 implements MigrationInterface {
  name = 'OneSearchSemantics1764001100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('DROP VIEW public_items');
    for (const table of ['solutions', 'needs', 'procurement_notices']) {
      await db.query(`ALTER TABLE ${table} DROP COLUMN search_document`);
    }
    await db.query('DROP FUNCTION search_join_words(text[], text)');
    await db.query('DROP FUNCTION search_fold(text)');
    await db.query(`
      UPDATE search_documents d SET created_at = s.published_at
      FROM solutions s WHERE d.kind = 'SOLUTION' AND d.id = s.id AND s.published_at IS NOT NULL`);
    await db.query(
      'CREATE INDEX search_documents_newest_idx ON search_documents (created_at DESC, kind, id)',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX search_documents_newest_idx');
    await db.query(`
      UPDATE search_documents d SET created_at = s.created_at
      FROM solutions s WHERE d.kind = 'SOLUTION' AND d.id = s.id`);
    await db.query(`
      CREATE FUNCTION search_fold(text text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT replace(replace(regexp_replace(
          normalize(replace(replace(lower(text), 'æ', 'ae'), 'ø', 'o'), NFD),
          '[\\u0300-\\u036f]', '', 'g'), 'aa', 'a'), 'oe', 'o')
      $$`);
    await db.query(`
      CREATE FUNCTION search_join_words(words text[], separator text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT array_to_string(words, separator) $$`);
    const documents = [
      ['solutions', "title || ' ' || summary || ' ' || description || ' ' || search_join_words(tags, ' ')"],
      ['needs', "title || ' ' || description"],
      ['procurement_notices', "title || ' ' || description"],
    ];
    for (const [table, text] of documents) {
      await db.query(`
        ALTER TABLE ${table} ADD COLUMN search_document tsvector
        GENERATED ALWAYS AS (to_tsvector('norwegian', search_fold(${text}))) STORED`);
      await db.query(`CREATE INDEX ${table}_search_document_idx ON ${table} USING gin (search_document)`);
    }
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
}
