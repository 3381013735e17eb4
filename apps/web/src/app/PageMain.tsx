import { type ReactNode, useEffect, useState } from 'react';
import { useLocation, useNavigation } from 'react-router';
import { usePendingRequests } from './pending-requests';

/**
 * The page's main region. It carries `data-ready` once the route has loaded and no GraphQL request
 * is in flight, so browser tests can wait for the page itself instead of a quiet network.
 */
export function PageMain({ children }: { children: ReactNode }) {
  const navigation = useNavigation();
  const { key } = useLocation();
  const pendingRequests = usePendingRequests();
  const settled = navigation.state === 'idle' && pendingRequests === 0;
  // Effects run children first, so when this one runs the new page has sent its queries: a page is
  // never marked ready in the moment between showing up and asking for its data.
  const [settledKey, setSettledKey] = useState<string | null>(null);
  useEffect(() => setSettledKey(settled ? key : null), [settled, key]);
  return (
    <main
      id="main"
      tabIndex={-1}
      className="site-main"
      aria-busy={navigation.state === 'loading'}
      data-ready={(settled && settledKey === key) || undefined}
    >
      {children}
    </main>
  );
}
