import { ApolloLink } from '@apollo/client';
import { useSyncExternalStore } from 'react';
import { defer, finalize } from 'rxjs';

let pending = 0;
const listeners = new Set<() => void>();

// Apollo may send a request while a component renders; React must hear of it after that render.
function change(by: number): void {
  pending += by;
  queueMicrotask(() => {
    for (const listener of listeners) listener();
  });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Counts each GraphQL request from the moment it is sent until it completes, fails or is cancelled. */
export const pendingRequestsLink = new ApolloLink((operation, forward) =>
  defer(() => {
    change(1);
    return forward(operation).pipe(finalize(() => change(-1)));
  }),
);

/** How many GraphQL requests are in flight. */
export function usePendingRequests(): number {
  return useSyncExternalStore(
    subscribe,
    () => pending,
    () => 0,
  );
}
