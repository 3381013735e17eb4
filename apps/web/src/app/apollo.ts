import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { possibleTypes } from '@lokomotiv/contract';
import { readToken } from '../modules/auth/token-storage';
import { pendingRequestsLink } from './pending-requests';

/** Sends the stored JWT as `Authorization: Bearer` with every operation. */
const authLink = new SetContextLink((context) => {
  const token = readToken();
  if (!token) return {};
  return { headers: { ...context.headers, authorization: `Bearer ${token}` } };
});

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    possibleTypes,
    typePolicies: {
      // One object without an id: the page's figures and the county view's municipalities are merged.
      Statistics: { merge: true },
      Solution: {
        fields: {
          adoptions: { merge: false },
          tags: { merge: false },
        },
      },
    },
  });
}

export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([pendingRequestsLink, authLink, new HttpLink({ uri })]),
    cache: createCache(),
  });
}
