import { ALWAYS_OPEN, NEVER_OPEN } from '../search/search-engine';
import { SearchKind } from '../search/search-kind';
import type { SearchSource } from '../search/search-source';

/** Every need is searchable; it is open while its status is OPEN, and ranks by its participants. */
export const NEED_SEARCH_SOURCE: SearchSource = {
  kind: SearchKind.NEED,
  select: `
    SELECT s.id, s.title, '' AS summary, s.description, '{}'::text[] AS tags, s.service_area,
           s.owner_id AS organization_id, o.name AS organization_name, o.county_number AS owner_county,
           NULL AS procedure, '{}'::text[] AS cpv_divisions, s.participant_count AS reuse_count, 0 AS in_use_count,
           (CASE WHEN s.status = 'OPEN' THEN ${ALWAYS_OPEN} ELSE ${NEVER_OPEN} END)::float8 AS open_until,
           s.created_at, s.updated_at
    FROM needs s JOIN organizations o ON o.id = s.owner_id`,
  searchable: 'true',
};
