import { ALWAYS_OPEN } from '../search/search-engine';
import { SearchKind } from '../search/search-kind';
import type { SearchSource } from '../search/search-source';

/** Published solutions are searchable, always open; public since their first publication. */
export const SOLUTION_SEARCH_SOURCE: SearchSource = {
  kind: SearchKind.SOLUTION,
  select: `
    SELECT s.id, s.title, s.summary, s.description, s.tags, s.service_area, s.owner_id AS organization_id,
           o.name AS organization_name, o.county_number AS owner_county, NULL AS procedure,
           '{}'::text[] AS cpv_divisions, s.reuse_count, s.in_use_count, ${ALWAYS_OPEN}::float8 AS open_until,
           COALESCE(s.published_at, s.created_at) AS created_at, s.updated_at,
           s.kind AS solution_kind, s.maturity, s.license_id, s.open_source
    FROM solutions s JOIN organizations o ON o.id = s.owner_id`,
  searchable: `s.status = 'PUBLISHED'`,
};
