/**
 * The public_items view: everything anyone may see, in one shape, for matching saved searches and
 * building feeds. `text` wraps the SQL of the text that goes into the full text `document`, so a
 * migration can change how it is prepared (SavedSearchFolding1764000700000 folds it).
 */
export const publicItemsView = (text: (sql: string) => string) => `
  CREATE OR REPLACE VIEW public_items AS
    SELECT 'SOLUTION'::text AS kind, s.id, s.title, s.summary AS summary, s.service_area,
           '{}'::text[] AS cpv_divisions, true AS is_open, s.owner_id AS organization_id,
           COALESCE(s.published_at, s.created_at) AS published_at, s.updated_at,
           to_tsvector('norwegian', ${text(`s.title || ' ' || s.summary || ' ' || s.description || ' ' ||
             array_to_string(s.tags, ' ')`)}) AS document
      FROM solutions s WHERE s.status = 'PUBLISHED'
    UNION ALL
    SELECT 'NEED', n.id, n.title, left(n.description, 500), n.service_area,
           '{}'::text[], n.status = 'OPEN', n.owner_id, n.created_at, n.updated_at,
           to_tsvector('norwegian', ${text(`n.title || ' ' || n.description`)})
      FROM needs n
    UNION ALL
    SELECT 'PROCUREMENT_NOTICE', p.id, p.title, left(p.description, 500), p.service_area,
           ARRAY(SELECT DISTINCT left(code, 2) FROM unnest(p.cpv_codes) AS code),
           p.cancelled_at IS NULL AND p.deadline > now(), p.buyer_id, p.created_at, p.updated_at,
           to_tsvector('norwegian', ${text(`p.title || ' ' || p.description`)})
      FROM procurement_notices p`;
