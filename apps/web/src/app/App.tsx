import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { I18nProvider } from '../i18n/I18nProvider';
import type { Language } from '../i18n/language';
import { SessionProvider } from '../modules/auth/hooks/SessionProvider';

/** What every page sits in, in the browser and on the server: language, GraphQL client and session. */
export function AppProviders({
  client,
  language,
  children,
}: {
  client: ApolloClient;
  language?: Language;
  children: ReactNode;
}) {
  return (
    <I18nProvider initial={language}>
      <ApolloProvider client={client}>
        <SessionProvider>{children}</SessionProvider>
      </ApolloProvider>
    </I18nProvider>
  );
}
