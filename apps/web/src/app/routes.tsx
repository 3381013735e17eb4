import type { ApolloClient } from '@apollo/client';
import ROUTES from '@lokomotiv/web-routes/routes.json';
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

/** The app's routes (their paths shared with the api in @lokomotiv/web-routes); service areas and the search's results are fetched as soon as the URL is known. */
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
          ...page(ROUTES.search, () => import('../modules/search/components/SearchPage'), 'SearchPage'),
          loader: ({ request }) => {
            preloadSearch(client, new URL(request.url).searchParams);
            return null;
          },
        },
        page(
          ROUTES.newSolution,
          () => import('../modules/solutions/components/SolutionFormPage'),
          'NewSolutionPage',
          'login',
        ),
        page(
          ROUTES.importSolution,
          () => import('../modules/publiccode/components/PubliccodeImportPage'),
          'PubliccodeImportPage',
          'login',
        ),
        page(ROUTES.solution, () => import('../modules/solutions/components/SolutionPage'), 'SolutionPage'),
        page(
          ROUTES.editSolution,
          () => import('../modules/solutions/components/SolutionFormPage'),
          'EditSolutionPage',
          'login',
        ),
        page(ROUTES.needs, () => import('../modules/needs/components/NeedsPage'), 'NeedsPage'),
        page(
          ROUTES.newNeed,
          () => import('../modules/needs/components/NeedFormPage'),
          'NewNeedPage',
          'login',
        ),
        page(ROUTES.need, () => import('../modules/needs/components/NeedPage'), 'NeedPage'),
        page(
          ROUTES.editNeed,
          () => import('../modules/needs/components/NeedFormPage'),
          'EditNeedPage',
          'login',
        ),
        page(ROUTES.notices, () => import('../modules/procurement/components/NoticesPage'), 'NoticesPage'),
        page(
          ROUTES.newNotice,
          () => import('../modules/procurement/components/NoticeFormPage'),
          'NewNoticePage',
          'login',
        ),
        page(ROUTES.notice, () => import('../modules/procurement/components/NoticePage'), 'NoticePage'),
        page(
          ROUTES.editNotice,
          () => import('../modules/procurement/components/NoticeFormPage'),
          'EditNoticePage',
          'login',
        ),
        page(
          ROUTES.organization,
          () => import('../modules/organization/components/OrganizationPage'),
          'OrganizationPage',
        ),
        page(
          ROUTES.myOrganization,
          () => import('../modules/organization/components/MyOrganizationPage'),
          'MyOrganizationPage',
          'login',
        ),
        page(
          ROUTES.notifications,
          () => import('../modules/notifications/components/NotificationsPage'),
          'NotificationsPage',
          'login',
        ),
        page(
          ROUTES.savedSearches,
          () => import('../modules/saved-searches/components/SavedSearchesPage'),
          'SavedSearchesPage',
          'login',
        ),
        page(
          ROUTES.statistics,
          () => import('../modules/statistics/components/StatisticsPage'),
          'StatisticsPage',
        ),
        page(
          ROUTES.profile,
          () => import('../modules/profile/components/ProfilePage'),
          'ProfilePage',
          'login',
        ),
        page(
          ROUTES.forgotPassword,
          () => import('../modules/auth/components/ForgotPasswordPage'),
          'ForgotPasswordPage',
        ),
        page(
          ROUTES.resetPassword,
          () => import('../modules/auth/components/ResetPasswordPage'),
          'ResetPasswordPage',
        ),
        page(ROUTES.login, () => import('../modules/auth/components/LoginPage'), 'LoginPage'),
        page(
          ROUTES.ansattportenSignIn,
          () => import('../modules/auth/components/AnsattportenSignInPage'),
          'AnsattportenSignInPage',
        ),
        page(
          ROUTES.confirmEmail,
          () => import('../modules/auth/components/ConfirmEmailPage'),
          'ConfirmEmailPage',
        ),
        page(
          ROUTES.register,
          () => import('../modules/auth/components/RegisterCompanyPage'),
          'RegisterCompanyPage',
        ),
        page(ROUTES.admin, () => import('../modules/admin/components/AdminPage'), 'AdminPage', 'admin'),
        page(ROUTES.about, () => import('../modules/about/components/InfoPage'), 'AboutPage'),
        page(ROUTES.contact, () => import('../modules/about/components/InfoPage'), 'ContactPage'),
        page(ROUTES.privacy, () => import('../modules/about/components/InfoPage'), 'PrivacyPage'),
        page(ROUTES.accessibility, () => import('../modules/about/components/InfoPage'), 'AccessibilityPage'),
        page('*', () => import('../modules/common/components/NotFoundPage'), 'NotFoundPage'),
      ],
    },
  ];
}
