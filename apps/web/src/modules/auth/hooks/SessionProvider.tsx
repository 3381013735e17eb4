import { useApolloClient, useQuery } from '@apollo/client/react';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef } from 'react';
import type { ViewerFieldsFragment } from '../../../generated/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { fromApiLanguage } from '../../../i18n/language';
import { LogoutMutation, MeQuery } from '../graphql/session';
import { readToken, writeToken } from '../token-storage';

export type Viewer = ViewerFieldsFragment;

export interface Session {
  viewer: Viewer | null;
  loading: boolean;
  /** Stores the token and refetches everything as the new user. */
  logIn(token: string): Promise<void>;
  /**
   * Ends the session on the server (with `everywhere`, every session of the user on every device),
   * then forgets the token and refetches everything as a visitor. Signing out everywhere rejects
   * when the api could not be reached, and then keeps the token.
   */
  logOut(options?: { everywhere?: boolean }): Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const { data, loading } = useQuery(MeQuery);
  const viewer = data?.me ?? null;

  // A stored token the api no longer accepts (expired, secret rotated) is dropped.
  useEffect(() => {
    if (!loading && data && !data.me && readToken()) writeToken(null);
  }, [loading, data]);
  useAdoptStoredLanguage(viewer);

  const logIn = useCallback(
    async (token: string) => {
      writeToken(token);
      await client.resetStore().catch(ignoreAborted);
    },
    [client],
  );
  const logOut = useCallback(
    async ({ everywhere = false }: { everywhere?: boolean } = {}) => {
      const ending = client.mutate({
        mutation: LogoutMutation,
        variables: everywhere ? { everywhere } : undefined,
      });
      // Signing out here forgets the token even when the api cannot be reached (it then lapses when it
      // expires); signing out everywhere must reach the api, so its failure is the caller's to show.
      if (everywhere) await ending;
      else await ending.catch(() => undefined);
      writeToken(null);
      await client.resetStore().catch(ignoreAborted);
    },
    [client],
  );

  const session = useMemo(
    () => ({ viewer, loading: loading && !data, logIn, logOut }),
    [viewer, loading, data, logIn, logOut],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside SessionProvider');
  return session;
}

/** Once a user has logged in (or come back logged in), the interface speaks the language they chose. */
function useAdoptStoredLanguage(viewer: Viewer | null): void {
  const { setLanguage } = useI18n();
  const adoptedFor = useRef<string | null>(null);
  useEffect(() => {
    if (adoptedFor.current === (viewer?.id ?? null)) return;
    adoptedFor.current = viewer?.id ?? null;
    if (viewer) setLanguage(fromApiLanguage(viewer.language));
  }, [viewer, setLanguage]);
}

/** A refetch cancelled because its page went away (e.g. navigating while the store resets) is no failure. */
function ignoreAborted(error: unknown): void {
  if (error instanceof Error && error.name === 'AbortError') return;
  throw error;
}
