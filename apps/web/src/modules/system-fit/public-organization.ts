import type { ApolloCache } from '@apollo/client';
import type { OrganizationKind } from '../../generated/graphql';

/** Public bodies: they have landscapes others may read, and fit is told to their members. */
export const isPublicBody = (kind: OrganizationKind) =>
  kind === 'MUNICIPALITY' || kind === 'COUNTY_MUNICIPALITY' || kind === 'STATE_AGENCY';

/** After the landscape changed, every solution's fit and every filtered search is stale. */
export function forgetFit(cache: ApolloCache): void {
  for (const id of Object.keys(cache.extract() as Record<string, unknown>)) {
    if (id.startsWith('Solution:')) cache.evict({ id, fieldName: 'fit' });
  }
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'search' });
  cache.gc();
}
