import { ApolloProvider } from '@apollo/client/react';
import { useMemo } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { I18nProvider } from '../i18n/I18nProvider';
import { SessionProvider } from '../modules/auth/hooks/SessionProvider';
import { createApolloClient } from './apollo';
import { createRoutes } from './routes';

export function App() {
  const client = useMemo(() => createApolloClient(), []);
  const router = useMemo(() => createBrowserRouter(createRoutes(client)), [client]);
  return (
    <I18nProvider>
      <ApolloProvider client={client}>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </ApolloProvider>
    </I18nProvider>
  );
}
