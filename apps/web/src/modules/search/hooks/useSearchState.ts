import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseSearchParams, type SearchState, toSearchParams } from '../search-params';

/**
 * The search held in the URL. Changing the query or a filter goes back to page 1; every change
 * is a history entry, so the back button undoes a filter click.
 */
export function useSearchState() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseSearchParams(params), [params]);

  const update = useCallback(
    (change: Partial<SearchState>) => {
      const next = { ...state, page: 1, ...change };
      setParams(toSearchParams(next), { preventScrollReset: true });
    },
    [state, setParams],
  );
  return { state, update };
}
