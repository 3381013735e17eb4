import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { NeedEntity } from '../needs/need.entity';
import { ProcurementNoticeEntity } from '../procurement/procurement-notice.entity';
import { ALWAYS_OPEN, type DocumentRef, NEVER_OPEN, type SearchDocument } from './search-engine';
import type { SearchDocumentKind } from './search-outbox.repository';

interface DocumentRow {
  id: string;
  title: string;
  summary: string;
  description: string;
  tags: string[];
  service_area: string;
  organization_id: string;
  organization_name: string;
  owner_county: string | null;
  procedure: string | null;
  cpv_divisions: string[];
  reuse_count: number;
  open_until: string;
  created_at: Date;
  updated_at: Date;
}

/**
 * What each kind puts in the index, and which rows are searchable at all: published solutions,
 * every need (its status decides "open"), every notice (open until its deadline unless cancelled).
 */
const DOCUMENT_SQL: Record<SearchDocumentKind, string> = {
  SOLUTION: `
    SELECT s.id, s.title, s.summary, s.description, s.tags, s.service_area, s.owner_id AS organization_id,
           o.name AS organization_name, o.county_number AS owner_county, NULL AS procedure,
           '{}'::text[] AS cpv_divisions, s.reuse_count, ${ALWAYS_OPEN}::float8 AS open_until,
           s.created_at, s.updated_at
    FROM solutions s JOIN organizations o ON o.id = s.owner_id
    WHERE s.status = 'PUBLISHED' AND`,
  NEED: `
    SELECT s.id, s.title, '' AS summary, s.description, '{}'::text[] AS tags, s.service_area,
           s.owner_id AS organization_id, o.name AS organization_name, o.county_number AS owner_county,
           NULL AS procedure, '{}'::text[] AS cpv_divisions, s.participant_count AS reuse_count,
           (CASE WHEN s.status = 'OPEN' THEN ${ALWAYS_OPEN} ELSE ${NEVER_OPEN} END)::float8 AS open_until,
           s.created_at, s.updated_at
    FROM needs s JOIN organizations o ON o.id = s.owner_id
    WHERE`,
  PROCUREMENT_NOTICE: `
    SELECT s.id, s.title, '' AS summary, s.description, s.cpv_codes AS tags, s.service_area,
           s.buyer_id AS organization_id, o.name AS organization_name, o.county_number AS owner_county,
           s.procedure, ARRAY(SELECT DISTINCT left(code, 2) FROM unnest(s.cpv_codes) code) AS cpv_divisions,
           0 AS reuse_count,
           (CASE WHEN s.cancelled_at IS NULL THEN extract(epoch FROM s.deadline) * 1000
                 ELSE ${NEVER_OPEN} END)::float8 AS open_until,
           s.created_at, s.updated_at
    FROM procurement_notices s JOIN organizations o ON o.id = s.buyer_id
    WHERE`,
};

export const SEARCH_DOCUMENT_KINDS = Object.keys(DOCUMENT_SQL) as SearchDocumentKind[];

/** Reads the searchable rows of every kind, for the indexer, the rebuild and the search hits. */
@Injectable()
export class SearchSourceRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The current documents of these rows; a row that is gone or not searchable has none. */
  async documentsFor(refs: DocumentRef[]): Promise<SearchDocument[]> {
    const documents: SearchDocument[] = [];
    for (const kind of SEARCH_DOCUMENT_KINDS) {
      const ids = refs.filter((ref) => ref.kind === kind).map((ref) => ref.id);
      if (!ids.length) continue;
      const rows: DocumentRow[] = await this.dataSource.query(
        `${DOCUMENT_SQL[kind]} s.id = ANY($1::uuid[])`,
        [ids],
      );
      documents.push(...rows.map((row) => toDocument(kind, row)));
    }
    return documents;
  }

  /** Every searchable document, in batches, in a stable order (by kind, then id). */
  async *allDocuments(batchSize: number): AsyncGenerator<SearchDocument[]> {
    for (const kind of SEARCH_DOCUMENT_KINDS) {
      let after = '00000000-0000-0000-0000-000000000000';
      for (;;) {
        const rows: DocumentRow[] = await this.dataSource.query(
          `${DOCUMENT_SQL[kind]} s.id > $1 ORDER BY s.id LIMIT $2`,
          [after, batchSize],
        );
        if (!rows.length) break;
        yield rows.map((row) => toDocument(kind, row));
        after = rows[rows.length - 1].id;
      }
    }
  }

  async countSearchable(): Promise<number> {
    let total = 0;
    for (const kind of SEARCH_DOCUMENT_KINDS) {
      const [row] = await this.dataSource.query(
        `SELECT count(*)::int AS n FROM (${DOCUMENT_SQL[kind]} true) AS searchable`,
      );
      total += row.n;
    }
    return total;
  }

  findNeedsByIds(ids: readonly string[]): Promise<NeedEntity[]> {
    return this.dataSource.getRepository(NeedEntity).findBy({ id: In([...ids]) });
  }

  findNoticesByIds(ids: readonly string[]): Promise<ProcurementNoticeEntity[]> {
    return this.dataSource.getRepository(ProcurementNoticeEntity).findBy({ id: In([...ids]) });
  }
}

function toDocument(kind: SearchDocumentKind, row: DocumentRow): SearchDocument {
  return {
    kind,
    id: row.id,
    title: row.title,
    summary: row.summary,
    description: row.description,
    tags: row.tags,
    serviceArea: row.service_area,
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    ownerCounty: row.owner_county,
    procedure: row.procedure,
    cpvDivisions: row.cpv_divisions,
    reuseCount: row.reuse_count,
    openUntil: Number(row.open_until),
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}
