import { useNavigate } from 'react-router';
import { paths } from '../../../app/paths';
import { parseSearchParams, toSearchParams } from '../search-params';

/** Opens the search page for a free-text query, with no filters. */
export function useSearchFor(): (query: string) => void {
  const navigate = useNavigate();
  return (query) =>
    navigate(paths.search(toSearchParams({ ...parseSearchParams(new URLSearchParams()), query })));
}
