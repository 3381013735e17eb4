import SEARCH_PARAMS from '@lokomotiv/web-routes/search-params.json';
import SORT_SLUGS from '@lokomotiv/web-routes/search-sorts.json';
import type {
  ProcurementProcedure,
  SearchSort,
  SolutionKind,
  SolutionMaturity,
} from '../../generated/graphql';
import { isProcedure } from '../procurement/procedures';
import { MATURITIES, SOLUTION_KINDS } from '../solutions/solution-profile-values';

export type SearchKind = 'SOLUTION' | 'NEED' | 'PROCUREMENT_NOTICE';

export const SEARCH_KINDS: readonly SearchKind[] = ['SOLUTION', 'NEED', 'PROCUREMENT_NOTICE'];

/** Everything a search is: what the URL holds, so a search can be shared and bookmarked. */
export interface SearchState {
  query: string;
  kinds: SearchKind[];
  serviceAreas: string[];
  organizationIds: string[];
  procedures: ProcurementProcedure[];
  /** CPV divisions: the first two digits of a CPV code, e.g. "72" */
  cpvDivisions: string[];
  /** Two-digit county numbers of the owner or buyer */
  countyNumbers: string[];
  openOnly: boolean;
  solutionKinds: SolutionKind[];
  maturities: SolutionMaturity[];
  /** SPDX licence expressions, as the solutions state them */
  licenseIds: string[];
  openSourceOnly: boolean;
  /** Solutions whose requirements the viewer's organisation meets */
  runsOnOurSystems: boolean;
  /** The order asked for; null: the default (see sortOf). */
  sort: SearchSort | null;
  /** 1-based */
  page: number;
}

export const PAGE_SIZE = 20;
/** The most rows the api's CSV export (`/sok.csv`) gives. */
export const MAX_EXPORT_ROWS = 1000;

/** The URL value of each order (Norwegian, like the parameter names); the CSV export reads them too. */
const SORT_VALUES: Record<SearchSort, string> = SORT_SLUGS;
export const SEARCH_SORTS = Object.keys(SORT_VALUES) as SearchSort[];

/**
 * The order a search is shown in: the one asked for, else relevance when there is a query and
 * most in use when there is none (without a query there is no relevance to sort by).
 */
export function sortOf(state: Pick<SearchState, 'query' | 'sort'>): SearchSort {
  if (!state.query) return state.sort === 'NEWEST' ? 'NEWEST' : 'MOST_IN_USE';
  return state.sort ?? 'RELEVANCE';
}

function parseSort(value: string | null): SearchSort | null {
  return SEARCH_SORTS.find((sort) => SORT_VALUES[sort] === value) ?? null;
}

/** The URL parameter of each part of the state; the api's CSV export reads the same names. */
const KEYS: Record<keyof SearchState, string> = SEARCH_PARAMS;

export function parseSearchParams(params: URLSearchParams): SearchState {
  const page = Number(params.get(KEYS.page));
  return {
    query: params.get(KEYS.query)?.trim() ?? '',
    kinds: params
      .getAll(KEYS.kinds)
      .filter((kind): kind is SearchKind => SEARCH_KINDS.includes(kind as SearchKind)),
    serviceAreas: params.getAll(KEYS.serviceAreas),
    organizationIds: params.getAll(KEYS.organizationIds),
    procedures: params.getAll(KEYS.procedures).filter(isProcedure),
    cpvDivisions: params.getAll(KEYS.cpvDivisions).filter(isTwoDigits),
    countyNumbers: params.getAll(KEYS.countyNumbers).filter(isTwoDigits),
    openOnly: params.get(KEYS.openOnly) === '1',
    solutionKinds: params.getAll(KEYS.solutionKinds).filter(isOneOf(SOLUTION_KINDS)),
    maturities: params.getAll(KEYS.maturities).filter(isOneOf(MATURITIES)),
    licenseIds: params.getAll(KEYS.licenseIds),
    openSourceOnly: params.get(KEYS.openSourceOnly) === '1',
    runsOnOurSystems: params.get(KEYS.runsOnOurSystems) === '1',
    sort: parseSort(params.get(KEYS.sort)),
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
  for (const procedure of state.procedures) params.append(KEYS.procedures, procedure);
  for (const division of state.cpvDivisions) params.append(KEYS.cpvDivisions, division);
  for (const county of state.countyNumbers) params.append(KEYS.countyNumbers, county);
  if (state.openOnly) params.set(KEYS.openOnly, '1');
  for (const kind of state.solutionKinds) params.append(KEYS.solutionKinds, kind);
  for (const maturity of state.maturities) params.append(KEYS.maturities, maturity);
  for (const license of state.licenseIds) params.append(KEYS.licenseIds, license);
  if (state.openSourceOnly) params.set(KEYS.openSourceOnly, '1');
  if (state.runsOnOurSystems) params.set(KEYS.runsOnOurSystems, '1');
  if (state.sort) params.set(KEYS.sort, SORT_VALUES[state.sort]);
  if (state.page > 1) params.set(KEYS.page, String(state.page));
  return params;
}

/** The URL parameters of a search for solutions with a tag (a tag weighs more than body text). */
export function tagSearchParams(tag: string): URLSearchParams {
  return toSearchParams({ ...parseSearchParams(new URLSearchParams()), query: tag, kinds: ['SOLUTION'] });
}

export function hasFilters(state: SearchState): boolean {
  return activeFilterCount(state) > 0;
}

/** How many filter values are chosen: each ticked checkbox counts one. */
export function activeFilterCount(state: SearchState): number {
  return (Object.keys(NO_FILTERS) as (keyof SearchState)[]).reduce((sum, key) => {
    const value = state[key];
    return sum + (Array.isArray(value) ? value.length : value ? 1 : 0);
  }, 0);
}

export function toggle<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

/** Every filter off: what "clear all filters" applies. */
export const NO_FILTERS: Partial<SearchState> = {
  kinds: [],
  serviceAreas: [],
  organizationIds: [],
  procedures: [],
  cpvDivisions: [],
  countyNumbers: [],
  openOnly: false,
  solutionKinds: [],
  maturities: [],
  licenseIds: [],
  openSourceOnly: false,
  runsOnOurSystems: false,
};

const isOneOf =
  <T extends string>(values: readonly T[]) =>
  (value: string): value is T =>
    values.includes(value as T);

function isTwoDigits(value: string): boolean {
  return /^\d{2}$/.test(value);
}
