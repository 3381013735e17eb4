import { useCallback, useSyncExternalStore } from 'react';

/** A phone-sized window, where the header menu and the search filters fold away. */
export const NARROW = '(max-width: 56rem)';

/**
 * Whether the window matches `query`; null on the server and while the browser hydrates its HTML, when
 * it is not known yet (components then leave the choice to CSS, see `data-media-pending`).
 */
export function useMediaQuery(query: string): boolean | null {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => null,
  );
}
