import SEARCH_PARAMS from '@lokomotiv/web-routes/search-params.json';
import SORT_SLUGS from '@lokomotiv/web-routes/search-sorts.json';
import { ProcurementProcedure } from '../procurement/procurement-procedure';
import { SearchKind } from '../search/search-kind';
import { SolutionKind, SolutionMaturity } from '../solutions/solution-profile';
import { type SearchFilter, SearchSort } from './search.inputs';

/** A search as the web's search page puts it in its URL (the names are shared in @lokomotiv/web-routes). */
export function searchFromUrl(params: URLSearchParams): {
  text: string;
  filter: SearchFilter;
  /** The order asked for; null: the default. */
  sort: SearchSort | null;
} {
  const all = (key: keyof typeof SEARCH_PARAMS) => {
    const values = params.getAll(SEARCH_PARAMS[key]);
    return values.length ? values : null;
  };
  /** Like the page, a value no enum member has is left out. */
  const members = <T extends string>(key: keyof typeof SEARCH_PARAMS, values: Record<string, T>) => {
    const known = all(key)?.filter((value): value is T => Object.values<string>(values).includes(value));
    return known?.length ? known : null;
  };
  const flag = (key: keyof typeof SEARCH_PARAMS) => params.get(SEARCH_PARAMS[key]) === '1' || null;
  return {
    text: params.get(SEARCH_PARAMS.query)?.trim() ?? '',
    sort: sortFromUrl(params.get(SEARCH_PARAMS.sort)),
    filter: {
      kinds: members('kinds', SearchKind),
      serviceAreas: all('serviceAreas'),
      organizationIds: all('organizationIds'),
      procedures: members('procedures', ProcurementProcedure),
      cpvDivisions: all('cpvDivisions'),
      countyNumbers: all('countyNumbers'),
      openOnly: flag('openOnly'),
      solutionKinds: members('solutionKinds', SolutionKind),
      maturities: members('maturities', SolutionMaturity),
      licenseIds: all('licenseIds'),
      openSourceOnly: flag('openSourceOnly'),
    },
  };
}

const SORT_VALUES: Record<SearchSort, string> = SORT_SLUGS;

/** An unknown value is the default order, as on the page (relevance; without a query, most in use). */
function sortFromUrl(value: string | null): SearchSort | null {
  return Object.values(SearchSort).find((member) => SORT_VALUES[member] === value) ?? null;
}
