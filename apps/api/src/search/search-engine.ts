import type { SearchDocumentKind } from './search-kind';

/** A searchable row, as every engine indexes it. Built from PostgreSQL by the registered sources. */
export interface SearchDocument {
  kind: SearchDocumentKind;
  id: string;
  title: string;
  /** Solutions only; empty for needs and notices. */
  summary: string;
  description: string;
  tags: string[];
  serviceArea: string;
  /** The owner of a solution or need, the buyer of a notice. */
  organizationId: string;
  organizationName: string;
  /** Two digits, the county of the owner or buyer; null for organisations outside a county. */
  ownerCounty: string | null;
  /** Notices only. */
  procedure: string | null;
  /** The first two digits of each CPV code of a notice. */
  cpvDivisions: string[];
  reuseCount: number;
  /** Solutions only (null for needs and notices): what the solution is, as filters and facets. */
  solutionKind: string | null;
  maturity: string | null;
  licenseId: string | null;
  openSource: boolean | null;
  /** Solutions: counting adoptions at IN_USE, the first key of every "most reused" order; 0 for the rest. */
  inUseCount: number;
  /** Epoch milliseconds until which the item is open: ALWAYS_OPEN, NEVER_OPEN or a notice's deadline. */
  openUntil: number;
  /** When the item became public: a solution's first publication, a need's or notice's creation. */
  createdAt: Date;
  updatedAt: Date;
}

/** The latest date JavaScript can represent; PostgreSQL accepts it too. */
export const ALWAYS_OPEN = 8_640_000_000_000_000;
export const NEVER_OPEN = 0;

export interface DocumentRef {
  kind: SearchDocumentKind;
  id: string;
}

export interface SearchFilters {
  /** Only these items (e.g. whether a new item matches a saved search). */
  ids?: string[];
  kinds?: SearchDocumentKind[];
  serviceAreas?: string[];
  organizationIds?: string[];
  countyNumbers?: string[];
  procedures?: string[];
  cpvDivisions?: string[];
  /** Solutions of these kinds, maturities or licence expressions only. */
  solutionKinds?: string[];
  maturities?: string[];
  licenseIds?: string[];
  /** Open source solutions only. */
  openSourceOnly?: boolean;
  /** Only items open at `now`: open needs, notices before their deadline, all published solutions. */
  openOnly?: boolean;
}

export const FACET_FIELDS = [
  'kind',
  'serviceArea',
  'ownerCounty',
  'procedure',
  'cpvDivision',
  'open',
  'solutionKind',
  'maturity',
  'licenseId',
  'openSource',
] as const;
export type FacetField = (typeof FACET_FIELDS)[number];

/**
 * The filter that selects values of each facet. Facets are disjunctive: the counts of a facet
 * ignore its own filter (ticking one service area leaves the other areas' counts), and obey the rest.
 */
export const FACET_FILTERS = {
  kind: 'kinds',
  serviceArea: 'serviceAreas',
  ownerCounty: 'countyNumbers',
  procedure: 'procedures',
  cpvDivision: 'cpvDivisions',
  open: 'openOnly',
  solutionKind: 'solutionKinds',
  maturity: 'maturities',
  licenseId: 'licenseIds',
  openSource: 'openSourceOnly',
} as const satisfies Record<FacetField, keyof SearchFilters>;

/** The facets whose own filter is set, so their counts need the search without it. */
export function filteredFacets(filters: SearchFilters): FacetField[] {
  return FACET_FIELDS.filter((field) => {
    const value = filters[FACET_FILTERS[field]];
    return Array.isArray(value) ? value.length > 0 : value === true;
  });
}

/** The filters without the one of `field`. */
export function withoutFacetFilter(filters: SearchFilters, field: FacetField): SearchFilters {
  const { [FACET_FILTERS[field]]: _own, ...rest } = filters;
  return rest;
}

export interface SearchRequest {
  /** Free text as the user typed it; blank lists everything, most reused first. */
  text: string;
  filters: SearchFilters;
  limit: number;
  offset: number;
  /** Facet counts are skipped when false (e.g. "similar solutions"). */
  withFacets: boolean;
  /** Match any word instead of every word: for long texts such as a need's description. */
  matchAnyWord?: boolean;
  /**
   * RELEVANCE (the default): relevance first, then most in use (inUseCount, then reuseCount).
   * MOST_IN_USE: most in use first, whatever the relevance. NEWEST: most recently public first.
   */
  order?: SearchOrder;
  now: Date;
}

export enum SearchOrder {
  RELEVANCE = 'RELEVANCE',
  MOST_IN_USE = 'MOST_IN_USE',
  NEWEST = 'NEWEST',
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface SearchResponse {
  totalCount: number;
  /** In the order asked for. */
  hits: DocumentRef[];
  /** Every field of FACET_FIELDS when asked, values by descending count; absent values are left out. */
  facets: { field: FacetField; values: FacetCount[] }[];
}

/** A new index being filled while the live one keeps answering; `swap` makes it the live one. */
export interface IndexBuild {
  upsert(documents: SearchDocument[]): Promise<void>;
  delete(refs: DocumentRef[]): Promise<void>;
  swap(): Promise<void>;
  /** Drops the unfinished index; the live one is untouched. */
  abandon(): Promise<void>;
}

/**
 * The search port. Only the adapters know their engine. Writes are idempotent and keyed by
 * (kind, id), so applying the same change twice never doubles a document.
 */
export interface SearchEngine {
  readonly name: string;
  /** Creates the index and applies its settings when missing; safe to call at every start. */
  prepare(): Promise<void>;
  upsert(documents: SearchDocument[]): Promise<void>;
  delete(refs: DocumentRef[]): Promise<void>;
  search(request: SearchRequest): Promise<SearchResponse>;
  count(): Promise<number>;
  beginRebuild(): Promise<IndexBuild>;
}

export const SEARCH_ENGINE = Symbol('SEARCH_ENGINE');

export const refKey = (ref: DocumentRef) => `${ref.kind}:${ref.id}`;
