/**
 * The web app rendered to HTML on the server (built by `vite build --ssr` into dist/.server, loaded by
 * the api). Always as an anonymous visitor: personal data is never rendered on the server.
 */
import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { prerenderStatic } from '@apollo/client/react/ssr';
import type { WindowLike } from 'dompurify';
import { JSDOM } from 'jsdom';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { tap } from 'rxjs';
import { AppProviders } from './app/App';
import { createCache } from './app/apollo';
import { createRoutes } from './app/routes';
import type { ServerState } from './app/server-state';
import type { Language } from './i18n/language';
import { sanitiseMarkdownIn } from './modules/solutions/markdown';

export type { ServerState } from './app/server-state';

export interface RenderOptions {
  /** Where the api answers GraphQL, e.g. http://127.0.0.1:3000/graphql. */
  graphqlUrl: string;
  language: Language;
  /** Aborting stops the render and its requests. */
  signal?: AbortSignal;
}

export interface ServerRender {
  /** The inside of #root. */
  html: string;
  state: ServerState;
}

sanitiseMarkdownIn(new JSDOM('').window as unknown as WindowLike);

/** `url` (absolute) as HTML with the data it was rendered from; null when the router redirects. */
export async function render(
  url: string,
  { graphqlUrl, language, signal }: RenderOptions,
): Promise<ServerRender | null> {
  const failures: string[] = [];
  const client = new ApolloClient({
    ssrMode: true,
    link: ApolloLink.from([
      noteFailures(failures),
      new HttpLink({ uri: graphqlUrl, fetchOptions: { signal } }),
    ]),
    cache: createCache(),
  });
  const handler = createStaticHandler(createRoutes(client));
  const context = await handler.query(new Request(url, { signal }));
  if (context instanceof Response) return null;
  const router = createStaticRouter(handler.dataRoutes, context);
  const { result, aborted } = await prerenderStatic({
    tree: (
      <AppProviders client={client} language={language}>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </AppProviders>
    ),
    renderFunction: renderToString,
    signal,
  });
  if (aborted) throw new Error(`Rendering ${url} was aborted`);
  // The browser would show such a page loading, not failed: it is better rendered there.
  if (failures.length > 0) throw new Error(`GraphQL failed while rendering ${url}: ${failures.join('; ')}`);
  return {
    html: result,
    state: {
      apollo: client.extract() as ServerState['apollo'],
      router: { loaderData: context.loaderData, actionData: context.actionData, errors: context.errors },
      language,
    },
  };
}

/** Collects every operation's errors: a page rendered with one would not match what the browser renders. */
function noteFailures(failures: string[]): ApolloLink {
  return new ApolloLink((operation, forward) =>
    forward(operation).pipe(
      tap({
        next: (result) => {
          if (result.errors?.length) failures.push(`${operation.operationName}: ${result.errors[0].message}`);
        },
        error: (error: Error) => failures.push(`${operation.operationName}: ${error.message}`),
      }),
    ),
  );
}
