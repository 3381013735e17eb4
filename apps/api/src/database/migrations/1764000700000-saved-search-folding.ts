import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Saved searches match the way the search page does with æ, ø and å: `search_fold` is
 * foldNorwegian (src/search/norwegian-text.ts) in SQL, applied to the items' text and to the saved
 * query, so "byggesoknad" finds "byggesøknad" in notifications and feeds too.
 */
export class SavedSearchFolding1764000700000 implements MigrationInterface {
  name = 'SavedSearchFolding1764000700000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION search_fold(text text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT replace(replace(regexp_replace(
          normalize(replace(replace(lower(text), 'æ', 'ae'), 'ø', 'o'), NFD),
          '[\\u0300-\\u036f]', '', 'g'), 'aa', 'a'), 'oe', 'o')
      $$`);
    await db.query(`
  CREATE OR REPLACE VIEW public_items AS
    SELECT 'SOLUTION'::text AS kind, s.id, s.title, s.summary AS summary, s.service_area,
           '{}'::text[] AS cpv_divisions, true AS is_open, s.owner_id AS organization_id,
           COALESCE(s.published_at, s.created_at) AS published_at, s.updated_at,
           to_tsvector('norwegian', search_fold(s.title || ' ' || s.summary || ' ' || s.description || ' ' ||
             array_to_string(s.tags, ' '))) AS document
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
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
  CREATE OR REPLACE VIEW public_items AS
    SELECT 'SOLUTION'::text AS kind, s.id, s.title, s.summary AS summary, s.service_area,
           '{}'::text[] AS cpv_divisions, true AS is_open, s.owner_id AS organization_id,
           COALESCE(s.published_at, s.created_at) AS published_at, s.updated_at,
           to_tsvector('norwegian', s.title || ' ' || s.summary || ' ' || s.description || ' ' ||
             array_to_string(s.tags, ' ')) AS document
      FROM solutions s WHERE s.status = 'PUBLISHED'
    UNION ALL
    SELECT 'NEED', n.id, n.title, left(n.description, 500), n.service_area,
           '{}'::text[], n.status = 'OPEN', n.owner_id, n.created_at, n.updated_at,
           to_tsvector('norwegian', n.title || ' ' || n.description)
      FROM needs n
    UNION ALL
    SELECT 'PROCUREMENT_NOTICE', p.id, p.title, left(p.description, 500), p.service_area,
           ARRAY(SELECT DISTINCT left(code, 2) FROM unnest(p.cpv_codes) AS code),
           p.cancelled_at IS NULL AND p.deadline > now(), p.buyer_id, p.created_at, p.updated_at,
           to_tsvector('norwegian', p.title || ' ' || p.description)
      FROM procurement_notices p`);
    await db.query('DROP FUNCTION search_fold(text)');
  }
}
