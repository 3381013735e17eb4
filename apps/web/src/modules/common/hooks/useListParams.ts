import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** Simple list filters in the URL (`omrade`, `alle`, `side`), so a list can be shared. */
export function useListParams() {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('side')) || 1);
  const set = useCallback(
    (name: string, value: string | null) => {
      const next = new URLSearchParams(params);
      if (value) next.set(name, value);
      else next.delete(name);
      if (name !== 'side') next.delete('side');
      setParams(next, { preventScrollReset: true });
    },
    [params, setParams],
  );
  return { area: params.get('omrade') ?? '', showAll: params.get('alle') === '1', page, set };
}
