export type SearchKind = 'SOLUTION' | 'NEED' | 'PROCUREMENT_NOTICE';

export const SEARCH_KINDS: readonly SearchKind[] = ['SOLUTION', 'NEED', 'PROCUREMENT_NOTICE'];

/** Everything a search is: what the URL holds, so a search can be shared and bookmarked. */
export interface SearchState {
  query: string;
  kinds: SearchKind[];
  serviceAreas: string[];
  organizationIds: string[];
  openOnly: boolean;
  /** 1-based */
  page: number;
}

export const PAGE_SIZE = 20;

const KEYS = {
  query: 'q',
  kinds: 'type',
  serviceAreas: 'omrade',
  organizationIds: 'org',
  openOnly: 'apne',
  page: 'side',
};

export function parseSearchParams(params: URLSearchParams): SearchState {
  const page = Number(params.get(KEYS.page));
  return {
    query: params.get(KEYS.query)?.trim() ?? '',
    kinds: params
      .getAll(KEYS.kinds)
      .filter((kind): kind is SearchKind => SEARCH_KINDS.includes(kind as SearchKind)),
    serviceAreas: params.getAll(KEYS.serviceAreas),
    organizationIds: params.getAll(KEYS.organizationIds),
    openOnly: params.get(KEYS.openOnly) === '1',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The URL parameters of a search; defaults are left out to keep links short. */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set(KEYS.query, state.query);
  for (const kind of state.kinds) params.append(KEYS.kinds, kind);
  for (const area of state.serviceAreas) params.append(KEYS.serviceAreas, area);
  for (const id of state.organizationIds) params.append(KEYS.organizationIds, id);
  if (state.openOnly) params.set(KEYS.openOnly, '1');
  if (state.page > 1) params.set(KEYS.page, String(state.page));
  return params;
}

export function hasFilters(state: SearchState): boolean {
  return (
    state.kinds.length > 0 ||
    state.serviceAreas.length > 0 ||
    state.organizationIds.length > 0 ||
    state.openOnly
  );
}

export function toggle<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}
