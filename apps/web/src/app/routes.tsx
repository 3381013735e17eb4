import type { ApolloClient } from '@apollo/client';
import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { RequireLogin } from '../modules/auth/components/RequireLogin';
import { ServiceAreasQuery } from '../modules/common/graphql/service-areas';
import { preloadSearch } from '../modules/search/hooks/useSearchResults';
import { Layout } from './Layout';

type Access = 'public' | 'login' | 'admin';

/** The first page's chunk and data arrive in well under a second; nothing is shown until then. */
function NothingYet() {
  return null;
}

/**
 * A route whose page is its own chunk. React Router starts loading the chunk as soon as the URL
 * is known, in parallel with the route's data, rather than when the page first renders.
 */
function page<M>(
  path: string,
  load: () => Promise<M>,
  name: keyof M,
  access: Access = 'public',
): RouteObject {
  return {
    path,
    lazy: async () => {
      const Page = (await load())[name] as ComponentType;
      if (access === 'public') return { Component: Page };
      return {
        element: (
          <RequireLogin admin={access === 'admin'}>
            <Page />
          </RequireLogin>
        ),
      };
    },
  };
}

/** The app's routes; service areas and the search's results are fetched as soon as the URL is known. */
export function createRoutes(client: ApolloClient): RouteObject[] {
  return [
    {
      Component: Layout,
      HydrateFallback: NothingYet,
      loader: () => {
        client.query({ query: ServiceAreasQuery }).catch(() => {});
        return null;
      },
      children: [
        {
          index: true,
          lazy: async () => ({ Component: (await import('../modules/home/components/FrontPage')).FrontPage }),
        },
        {
          ...page('sok', () => import('../modules/search/components/SearchPage'), 'SearchPage'),
          loader: ({ request }) => {
            preloadSearch(client, new URL(request.url).searchParams);
            return null;
          },
        },
        page(
          'losninger/ny',
          () => import('../modules/solutions/components/SolutionFormPage'),
          'NewSolutionPage',
          'login',
        ),
        page(
          'losninger/importer',
          () => import('../modules/publiccode/components/PubliccodeImportPage'),
          'PubliccodeImportPage',
          'login',
        ),
        page('losninger/:id', () => import('../modules/solutions/components/SolutionPage'), 'SolutionPage'),
        page(
          'losninger/:id/rediger',
          () => import('../modules/solutions/components/SolutionFormPage'),
          'EditSolutionPage',
          'login',
        ),
        page('behov', () => import('../modules/needs/components/NeedsPage'), 'NeedsPage'),
        page('behov/nytt', () => import('../modules/needs/components/NeedFormPage'), 'NewNeedPage', 'login'),
        page('behov/:id', () => import('../modules/needs/components/NeedPage'), 'NeedPage'),
        page(
          'behov/:id/rediger',
          () => import('../modules/needs/components/NeedFormPage'),
          'EditNeedPage',
          'login',
        ),
        page('anbud', () => import('../modules/procurement/components/NoticesPage'), 'NoticesPage'),
        page(
          'anbud/ny',
          () => import('../modules/procurement/components/NoticeFormPage'),
          'NewNoticePage',
          'login',
        ),
        page('anbud/:id', () => import('../modules/procurement/components/NoticePage'), 'NoticePage'),
        page(
          'anbud/:id/rediger',
          () => import('../modules/procurement/components/NoticeFormPage'),
          'EditNoticePage',
          'login',
        ),
        page(
          'min-organisasjon',
          () => import('../modules/organization/components/MyOrganizationPage'),
          'MyOrganizationPage',
          'login',
        ),
        page(
          'varsler',
          () => import('../modules/notifications/components/NotificationsPage'),
          'NotificationsPage',
          'login',
        ),
        page(
          'lagrede-sok',
          () => import('../modules/saved-searches/components/SavedSearchesPage'),
          'SavedSearchesPage',
          'login',
        ),
        page('profil', () => import('../modules/profile/components/ProfilePage'), 'ProfilePage', 'login'),
        page(
          'glemt-passord',
          () => import('../modules/auth/components/ForgotPasswordPage'),
          'ForgotPasswordPage',
        ),
        page(
          'nytt-passord',
          () => import('../modules/auth/components/ResetPasswordPage'),
          'ResetPasswordPage',
        ),
        page('logg-inn', () => import('../modules/auth/components/LoginPage'), 'LoginPage'),
        page(
          'registrer',
          () => import('../modules/auth/components/RegisterCompanyPage'),
          'RegisterCompanyPage',
        ),
        page('admin', () => import('../modules/admin/components/AdminPage'), 'AdminPage', 'admin'),
        page('om', () => import('../modules/about/components/InfoPage'), 'AboutPage'),
        page('kontakt', () => import('../modules/about/components/InfoPage'), 'ContactPage'),
        page('personvern', () => import('../modules/about/components/InfoPage'), 'PrivacyPage'),
        page(
          'tilgjengelighetserklaering',
          () => import('../modules/about/components/InfoPage'),
          'AccessibilityPage',
        ),
        page('*', () => import('../modules/common/components/NotFoundPage'), 'NotFoundPage'),
      ],
    },
  ];
}
