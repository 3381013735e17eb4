import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DocumentRef, SearchDocument } from './search-engine';
import type { SearchDocumentKind } from './search-kind';
import type { SearchSource } from './search-source';

/** The columns a source selects, one row per document. */
export interface DocumentRow {
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
  /** Solutions only: other sources leave them out. */
  solution_kind?: string | null;
  maturity?: string | null;
  license_id?: string | null;
  open_source?: boolean | null;
  in_use_count: number;
  /** Epoch milliseconds, see SearchDocument.openUntil. */
  open_until: string;
  /** When the item became public. */
  created_at: Date;
  updated_at: Date;
}

/**
 * Reads the searchable rows of every registered kind, for the indexer, the rebuild and whoever
 * needs a public item's current document. Domain modules register their source with
 * `searchSourceProvider`, so search imports none of them.
 */
@Injectable()
export class SearchSourceRepository {
  private readonly sources = new Map<SearchDocumentKind, SearchSource>();

  constructor(private readonly dataSource: DataSource) {}

  register(source: SearchSource): void {
    if (this.sources.has(source.kind)) throw new Error(`Search source ${source.kind} registered twice`);
    this.sources.set(source.kind, source);
  }

  /** The current documents of these rows; a row that is gone or not searchable has none. */
  async documentsFor(refs: DocumentRef[]): Promise<SearchDocument[]> {
    const documents: SearchDocument[] = [];
    for (const source of this.registered()) {
      const ids = refs.filter((ref) => ref.kind === source.kind).map((ref) => ref.id);
      if (!ids.length) continue;
      const rows = await this.rows(source, 's.id = ANY($1::uuid[])', [ids]);
      documents.push(...rows.map((row) => toDocument(source.kind, row)));
    }
    return documents;
  }

  /** Every searchable document, in batches, in a stable order (by kind, then id). */
  async *allDocuments(batchSize: number): AsyncGenerator<SearchDocument[]> {
    for (const source of this.registered()) {
      let after = '00000000-0000-0000-0000-000000000000';
      for (;;) {
        const rows = await this.rows(source, 's.id > $1 ORDER BY s.id LIMIT $2', [after, batchSize]);
        if (!rows.length) break;
        yield rows.map((row) => toDocument(source.kind, row));
        after = rows[rows.length - 1].id;
      }
    }
  }

  async countSearchable(): Promise<number> {
    let total = 0;
    for (const source of this.registered()) {
      const [row] = await this.dataSource.query(
        `SELECT count(*)::int AS n FROM (${source.select} WHERE ${source.searchable}) AS searchable`,
      );
      total += row.n;
    }
    return total;
  }

  /** By kind, so a rebuild always goes through the documents in the same order. */
  private registered(): SearchSource[] {
    return [...this.sources.values()].sort((a, b) => a.kind.localeCompare(b.kind));
  }

  private rows(source: SearchSource, condition: string, params: unknown[]): Promise<DocumentRow[]> {
    return this.dataSource.query(`${source.select} WHERE (${source.searchable}) AND ${condition}`, params);
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
    solutionKind: row.solution_kind ?? null,
    maturity: row.maturity ?? null,
    licenseId: row.license_id ?? null,
    openSource: row.open_source ?? null,
    inUseCount: row.in_use_count,
    openUntil: Number(row.open_until),
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}
