import { NEVER_OPEN } from '../search/search-engine';
import { SearchKind } from '../search/search-kind';
import type { SearchSource } from '../search/search-source';

/** Every notice is searchable; it is open until its deadline unless cancelled. */
export const PROCUREMENT_NOTICE_SEARCH_SOURCE: SearchSource = {
  kind: SearchKind.PROCUREMENT_NOTICE,
  select: `
    SELECT s.id, s.title, '' AS summary, s.description, s.cpv_codes AS tags, s.service_area,
           s.buyer_id AS organization_id, o.name AS organization_name, o.county_number AS owner_county,
           s.procedure, ARRAY(SELECT DISTINCT left(code, 2) FROM unnest(s.cpv_codes) code) AS cpv_divisions,
           0 AS reuse_count, 0 AS in_use_count,
           (CASE WHEN s.cancelled_at IS NULL THEN extract(epoch FROM s.deadline) * 1000
                 ELSE ${NEVER_OPEN} END)::float8 AS open_until,
           s.created_at, s.updated_at
    FROM procurement_notices s JOIN organizations o ON o.id = s.buyer_id`,
  searchable: 'true',
};
