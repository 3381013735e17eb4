import type { ApolloClient } from '@apollo/client';
import { type ComponentType, lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireLogin } from '../modules/auth/components/RequireLogin';
import { preloadSearch } from '../modules/search/hooks/useSearchResults';
import { Layout } from './Layout';

/** A page split into its own chunk, loaded when its route is first visited. */
function page<M>(load: () => Promise<M>, name: keyof M) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

const FrontPage = page(() => import('../modules/home/components/FrontPage'), 'FrontPage');
const SearchPage = page(() => import('../modules/search/components/SearchPage'), 'SearchPage');
const SolutionPage = page(() => import('../modules/solutions/components/SolutionPage'), 'SolutionPage');
const NewSolutionPage = page(
  () => import('../modules/solutions/components/SolutionFormPage'),
  'NewSolutionPage',
);
const EditSolutionPage = page(
  () => import('../modules/solutions/components/SolutionFormPage'),
  'EditSolutionPage',
);
const MyOrganizationPage = page(
  () => import('../modules/organization/components/MyOrganizationPage'),
  'MyOrganizationPage',
);
const LoginPage = page(() => import('../modules/auth/components/LoginPage'), 'LoginPage');
const RegisterCompanyPage = page(
  () => import('../modules/auth/components/RegisterCompanyPage'),
  'RegisterCompanyPage',
);
const AdminPage = page(() => import('../modules/admin/components/AdminPage'), 'AdminPage');
const NeedsPage = page(() => import('../modules/needs/components/NeedsPage'), 'NeedsPage');
const NeedPage = page(() => import('../modules/needs/components/NeedPage'), 'NeedPage');
const NewNeedPage = page(() => import('../modules/needs/components/NeedFormPage'), 'NewNeedPage');
const EditNeedPage = page(() => import('../modules/needs/components/NeedFormPage'), 'EditNeedPage');
const NoticesPage = page(() => import('../modules/procurement/components/NoticesPage'), 'NoticesPage');
const NoticePage = page(() => import('../modules/procurement/components/NoticePage'), 'NoticePage');
const NewNoticePage = page(() => import('../modules/procurement/components/NoticeFormPage'), 'NewNoticePage');
const NotificationsPage = page(
  () => import('../modules/notifications/components/NotificationsPage'),
  'NotificationsPage',
);
const NotFoundPage = page(() => import('../modules/common/components/NotFoundPage'), 'NotFoundPage');

/** The app's routes; the search route starts its query as soon as the URL is known. */
export function createRoutes(client: ApolloClient): RouteObject[] {
  return [
    {
      element: <Layout />,
      children: [
        { index: true, element: <FrontPage /> },
        {
          path: 'sok',
          element: <SearchPage />,
          loader: ({ request }) => {
            preloadSearch(client, new URL(request.url).searchParams);
            return null;
          },
        },
        {
          path: 'losninger/ny',
          element: (
            <RequireLogin>
              <NewSolutionPage />
            </RequireLogin>
          ),
        },
        { path: 'losninger/:id', element: <SolutionPage /> },
        {
          path: 'losninger/:id/rediger',
          element: (
            <RequireLogin>
              <EditSolutionPage />
            </RequireLogin>
          ),
        },
        { path: 'behov', element: <NeedsPage /> },
        {
          path: 'behov/nytt',
          element: (
            <RequireLogin>
              <NewNeedPage />
            </RequireLogin>
          ),
        },
        { path: 'behov/:id', element: <NeedPage /> },
        {
          path: 'behov/:id/rediger',
          element: (
            <RequireLogin>
              <EditNeedPage />
            </RequireLogin>
          ),
        },
        { path: 'anbud', element: <NoticesPage /> },
        {
          path: 'anbud/ny',
          element: (
            <RequireLogin>
              <NewNoticePage />
            </RequireLogin>
          ),
        },
        { path: 'anbud/:id', element: <NoticePage /> },
        {
          path: 'min-organisasjon',
          element: (
            <RequireLogin>
              <MyOrganizationPage />
            </RequireLogin>
          ),
        },
        {
          path: 'varsler',
          element: (
            <RequireLogin>
              <NotificationsPage />
            </RequireLogin>
          ),
        },
        { path: 'logg-inn', element: <LoginPage /> },
        { path: 'registrer', element: <RegisterCompanyPage /> },
        {
          path: 'admin',
          element: (
            <RequireLogin admin>
              <AdminPage />
            </RequireLogin>
          ),
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ];
}
