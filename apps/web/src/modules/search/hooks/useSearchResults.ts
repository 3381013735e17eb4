import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { SolutionsQuery } from '../../solutions/graphql/solution';
import { solutionHit } from '../../solutions/solution-hit';
import { PAGE_SIZE, type SearchState } from '../search-params';
import type { SearchView } from '../search-view';

/**
 * The results of a search. Until the api's `search` query exists this lists published
 * solutions by service area (no full text).
 */
export function useSearchResults(state: SearchState) {
  const { data, previousData, loading, error } = useQuery(SolutionsQuery, {
    variables: {
      filter: state.serviceAreas.length ? { serviceAreas: state.serviceAreas } : null,
      sort: 'MOST_REUSED',
      limit: PAGE_SIZE,
      offset: (state.page - 1) * PAGE_SIZE,
    },
  });
  const shown = data ?? previousData;
  const result: SearchView | undefined = useMemo(
    () =>
      shown && {
        totalCount: shown.solutions.totalCount,
        hits: shown.solutions.items.map(solutionHit),
        facets: {},
      },
    [shown],
  );
  return {
    result,
    loading,
    stale: loading && !!previousData && !data,
    error,
    /** The solutions list cannot filter by kind or openness. */
    available: { kinds: false, openOnly: false },
  };
}
