import type { SavedSearchFieldsFragment, SavedSearchInput } from '../../generated/graphql';
import type { SearchState } from '../search/search-params';

/** The parts of a search a saved search keeps; the rest (page, organisations) is left out. */
export type SavedSearchCriteria = Pick<
  SavedSearchFieldsFragment,
  'query' | 'kinds' | 'serviceAreas' | 'procedures' | 'cpvDivisions' | 'countyNumbers' | 'openOnly'
>;

/** What saving the current search sends; an empty name lets the api name it after the query. */
export function savedSearchInputOf(state: SearchState, name: string): SavedSearchInput {
  return {
    name: name.trim() || null,
    query: state.query,
    kinds: state.kinds,
    serviceAreas: state.serviceAreas,
    procedures: state.procedures,
    cpvDivisions: state.cpvDivisions,
    countyNumbers: state.countyNumbers,
    openOnly: state.openOnly,
  };
}

/** The search page's state for a saved search, so its link opens exactly those filters. */
export function searchStateOf(saved: SavedSearchCriteria): SearchState {
  return {
    query: saved.query,
    kinds: [...saved.kinds],
    serviceAreas: [...saved.serviceAreas],
    organizationIds: [],
    procedures: [...saved.procedures],
    cpvDivisions: [...saved.cpvDivisions],
    countyNumbers: [...saved.countyNumbers],
    openOnly: saved.openOnly,
    solutionKinds: [],
    maturities: [],
    licenseIds: [],
    openSourceOnly: false,
    runsOnOurSystems: false,
    sort: null,
    page: 1,
  };
}

/** True when the search has filters a saved search cannot keep (organisations, what a solution is, fit). */
export function hasUnsavableFilters(state: SearchState): boolean {
  return (
    state.organizationIds.length > 0 ||
    state.solutionKinds.length > 0 ||
    state.maturities.length > 0 ||
    state.licenseIds.length > 0 ||
    state.openSourceOnly ||
    state.runsOnOurSystems
  );
}
