import '@digdir/designsystemet-css';
import '@digdir/designsystemet-theme';
import './app/app.css';
// Pages the server renders use these; loaded with the app, they style its first paint.
import './modules/needs/components/cost-shares.css';
import './modules/publiccode/components/publiccode.css';
import { StrictMode, useEffect, useRef } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, matchRoutes, type RouteObject, RouterProvider } from 'react-router';
import { AppProviders } from './app/App';
import { createApolloClient } from './app/apollo';
import { createRoutes } from './app/routes';
import { SERVER_STATE_ID, type ServerState } from './app/server-state';
import { useI18n } from './i18n/I18nProvider';
import { chosenLanguage } from './i18n/language';
import { useSession } from './modules/auth/hooks/SessionProvider';
import { readToken } from './modules/auth/token-storage';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const serverState = readServerState();
const client = createApolloClient();
if (serverState) client.cache.restore(forThisVisitor(serverState.apollo));
const routes = createRoutes(client);

if (serverState) {
  // The router would show nothing while it loads the page's chunk, unlike the server's HTML.
  loadLazyRoutes(routes).then(() => hydrateRoot(root, app(serverState)));
} else {
  createRoot(root).render(app(null));
}

function app(state: ServerState | null) {
  const router = createBrowserRouter(routes, state ? { hydrationData: state.router } : undefined);
  return (
    <StrictMode>
      <AppProviders client={client} language={state?.language}>
        {state && <CorrectForViewer />}
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>
  );
}

/**
 * The server renders for an anonymous visitor, in the language of its cookie: once the page is live, a
 * logged-in user gets their own answers, and a language chosen before the cookie existed comes back.
 */
function CorrectForViewer() {
  const { language, setLanguage } = useI18n();
  const { viewer } = useSession();
  const corrected = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, right after hydration
  useEffect(() => {
    const chosen = chosenLanguage();
    if (chosen && chosen !== language) setLanguage(chosen);
  }, []);
  // Once the api has said who is logged in, every query on the page is asked again as them.
  useEffect(() => {
    if (!viewer || corrected.current) return;
    corrected.current = true;
    client.refetchQueries({ include: 'active' }).catch(() => {});
  }, [viewer]);
  return null;
}

/**
 * The server's `me: null` says nothing of a token kept here: without it, the session asks the api who is
 * logged in (showing the anonymous view meanwhile, as the server did) instead of dropping the token.
 */
function forThisVisitor(apollo: ServerState['apollo']): ServerState['apollo'] {
  if (!readToken() || !apollo.ROOT_QUERY) return apollo;
  const { me: _unknown, ...rootQuery } = apollo.ROOT_QUERY;
  return { ...apollo, ROOT_QUERY: rootQuery };
}

function readServerState(): ServerState | null {
  const element = document.getElementById(SERVER_STATE_ID);
  if (!element?.textContent) return null;
  try {
    return JSON.parse(element.textContent) as ServerState;
  } catch {
    return null;
  }
}

async function loadLazyRoutes(routeList: RouteObject[]): Promise<void> {
  const lazy = (matchRoutes(routeList, window.location) ?? []).filter((match) => match.route.lazy);
  await Promise.all(
    lazy.map(async ({ route }) => {
      const load = route.lazy as () => Promise<Partial<RouteObject>>;
      Object.assign(route, { ...(await load()), lazy: undefined });
    }),
  );
}
