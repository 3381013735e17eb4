import type { ApolloClient } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { FACET_FIELDS, type FacetField } from '@lokomotiv/contract';
import { useMemo } from 'react';
import type { SearchQuery as SearchQueryResult, SearchQueryVariables } from '../../../generated/graphql';
import { needHit } from '../../needs/need-hit';
import { noticeHit } from '../../procurement/notice-hit';
import { solutionHit } from '../../solutions/solution-hit';
import { SearchQuery } from '../graphql/search';
import { PAGE_SIZE, parseSearchParams, type SearchState, sortOf } from '../search-params';
import type { SearchHitView, SearchView } from '../search-view';

type Hit = SearchQueryResult['search']['hits'][number];
type Facet = SearchQueryResult['search']['facets'][number];

const isFacetField = (field: string): field is FacetField => FACET_FIELDS.includes(field as FacetField);

/** The facets by name; one a newer api adds (Facet.field is a String) is left out until the web knows it. */
function facetsByField(facets: readonly Facet[]): SearchView['facets'] {
  return Object.fromEntries(
    facets.filter((facet) => isFacetField(facet.field)).map((f) => [f.field, f.values]),
  );
}

function toHitView(hit: Hit): SearchHitView {
  switch (hit.__typename) {
    case 'Solution':
      return solutionHit(hit);
    case 'Need':
      return needHit(hit);
    case 'ProcurementNotice':
      return noticeHit(hit);
  }
}

/** The variables of a search; the route's preload and the page must build exactly the same ones. */
export function searchVariables(state: SearchState): SearchQueryVariables {
  return {
    query: state.query,
    filter: {
      kinds: state.kinds.length ? state.kinds : null,
      serviceAreas: state.serviceAreas.length ? state.serviceAreas : null,
      organizationIds: state.organizationIds.length ? state.organizationIds : null,
      procedures: state.procedures.length ? state.procedures : null,
      cpvDivisions: state.cpvDivisions.length ? state.cpvDivisions : null,
      countyNumbers: state.countyNumbers.length ? state.countyNumbers : null,
      openOnly: state.openOnly || null,
      solutionKinds: state.solutionKinds.length ? state.solutionKinds : null,
      maturities: state.maturities.length ? state.maturities : null,
      licenseIds: state.licenseIds.length ? state.licenseIds : null,
      openSourceOnly: state.openSourceOnly || null,
      runsOnOurSystems: state.runsOnOurSystems || null,
    },
    sort: sortOf(state),
    limit: PAGE_SIZE,
    offset: (state.page - 1) * PAGE_SIZE,
  };
}

/**
 * Starts the search for a URL while the page's code is still loading; the page's own query
 * then joins the request in flight (Apollo deduplicates identical queries) or reads the cache.
 */
export function preloadSearch(client: ApolloClient, params: URLSearchParams): void {
  client.query({ query: SearchQuery, variables: searchVariables(parseSearchParams(params)) }).catch(() => {});
}

/** The api's full-text search (typo tolerant) over solutions, needs and notices, with facets. */
export function useSearchResults(state: SearchState) {
  const { data, previousData, loading, error } = useQuery(SearchQuery, { variables: searchVariables(state) });
  const shown = data ?? previousData;
  const result: SearchView | undefined = useMemo(
    () =>
      shown && {
        totalCount: shown.search.totalCount,
        hits: shown.search.hits.map(toHitView),
        facets: facetsByField(shown.search.facets),
      },
    [shown],
  );
  return {
    result,
    loading,
    stale: loading && !!previousData && !data,
    error,
    available: { kinds: true, openOnly: true },
  };
}
