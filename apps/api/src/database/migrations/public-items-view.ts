/** The text columns of each source of public items, by the alias the view gives its table. */
const TEXT_COLUMNS = {
  s: ['title', 'summary', 'description'],
  n: ['title', 'description'],
  p: ['title', 'description'],
} as const;

type SourceAlias = keyof typeof TEXT_COLUMNS;

/**
 * The text of a public item that its full text `document` is made from: its text columns and, for
 * solutions, the tags joined by the function `joinWords`. `qualified`: columns carry the alias.
 */
export function publicItemText(alias: SourceAlias, { qualified = true, joinWords = 'array_to_string' } = {}) {
  const column = (name: string) => (qualified ? `${alias}.${name}` : name);
  const parts: string[] = TEXT_COLUMNS[alias].map(column);
  if (alias === 's') parts.push(`${joinWords}(${column('tags')}, ' ')`);
  return parts.join(" || ' ' || ");
}

/** The `norwegian` full text vector of the item's text, prepared by `prepare` (e.g. folded). */
export const vectorOfText =
  (prepare: (text: string) => string = (text) => text) =>
  (alias: SourceAlias) =>
    `to_tsvector('norwegian', ${prepare(publicItemText(alias))})`;

/**
 * The public_items view: everything anyone may see, in one shape, for matching saved searches and
 * building feeds. `document` gives the SQL of each source's full text vector, so a migration can
 * change how it is made (SavedSearchFolding1764000700000 folds the text, PublicItemDocuments
 * 1764000800000 reads it from an indexed column).
 */
export const publicItemsView = (document: (alias: SourceAlias) => string) => `
  CREATE OR REPLACE VIEW public_items AS
    SELECT 'SOLUTION'::text AS kind, s.id, s.title, s.summary AS summary, s.service_area,
           '{}'::text[] AS cpv_divisions, true AS is_open, s.owner_id AS organization_id,
           COALESCE(s.published_at, s.created_at) AS published_at, s.updated_at,
           ${document('s')} AS document
      FROM solutions s WHERE s.status = 'PUBLISHED'
    UNION ALL
    SELECT 'NEED', n.id, n.title, left(n.description, 500), n.service_area,
           '{}'::text[], n.status = 'OPEN', n.owner_id, n.created_at, n.updated_at,
           ${document('n')}
      FROM needs n
    UNION ALL
    SELECT 'PROCUREMENT_NOTICE', p.id, p.title, left(p.description, 500), p.service_area,
           ARRAY(SELECT DISTINCT left(code, 2) FROM unnest(p.cpv_codes) AS code),
           p.cancelled_at IS NULL AND p.deadline > now(), p.buyer_id, p.created_at, p.updated_at,
           ${document('p')}
      FROM procurement_notices p`;
