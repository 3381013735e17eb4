import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createCache } from '../app/apollo';
import { I18nProvider } from '../i18n/I18nProvider';
import type { Language } from '../i18n/language';
import { type Session, SessionContext, type Viewer } from '../modules/auth/hooks/SessionProvider';
import { CountiesQuery } from '../modules/common/graphql/counties';
import { ServiceAreasQuery } from '../modules/common/graphql/service-areas';

export const BERGEN_LEADER: Viewer = {
  __typename: 'User',
  id: 'u-1',
  name: 'Kari Nordmann',
  email: 'leder@bergen.test',
  role: 'ADMIN',
  isPlatformAdmin: false,
  language: 'NB',
  mustChangePassword: false,
  organization: {
    __typename: 'Organization',
    id: 'org-bergen',
    name: 'Bergen kommune',
    kind: 'MUNICIPALITY',
  },
  can: {
    __typename: 'UserCapabilities',
    postNeeds: true,
    postNotices: true,
    joinNeeds: true,
    answerNeeds: false,
    addMembers: true,
  },
};

export const serviceAreasMock: MockLink.MockedResponse = {
  request: { query: ServiceAreasQuery },
  result: {
    data: {
      serviceAreas: [
        {
          __typename: 'ServiceArea',
          id: 'helse-og-omsorg',
          nameNb: 'Helse og omsorg',
          nameEn: 'Health and care',
        },
        {
          __typename: 'ServiceArea',
          id: 'plan-bygg-og-eiendom',
          nameNb: 'Plan, bygg og eiendom',
          nameEn: 'Planning, building and property',
        },
      ],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

export const countiesMock: MockLink.MockedResponse = {
  request: { query: CountiesQuery },
  result: {
    data: {
      counties: [
        { __typename: 'County', number: '03', name: 'Oslo' },
        { __typename: 'County', number: '46', name: 'Vestland' },
      ],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

interface Options {
  mocks?: MockLink.MockedResponse[];
  viewer?: Viewer | null;
  /** The initial URL, e.g. "/sok?q=robot". */
  url?: string;
  /** The route pattern the element is mounted at. */
  path?: string;
  language?: Language;
  /** Replaces the session's logIn or logOut, e.g. with a jest.fn to assert on. */
  session?: Partial<Pick<Session, 'logIn' | 'logOut'>>;
}

function sessionOf(viewer: Viewer | null, overrides: Options['session']): Session {
  return { viewer, loading: false, logIn: async () => {}, logOut: async () => {}, ...overrides };
}

/** Renders `ui` with the app's providers: nb messages, mocked Apollo, a session and a memory router. */
export function renderWithApp(
  ui: ReactElement,
  { mocks = [], viewer = null, url = '/', path = '*', language = 'nb', session }: Options = {},
) {
  const router = createMemoryRouter([{ path, element: ui }], { initialEntries: [url] });
  const wrap = (children: ReactNode) => (
    <I18nProvider initial={language}>
      <MockedProvider mocks={[serviceAreasMock, countiesMock, ...mocks]} cache={createCache()}>
        <SessionContext.Provider value={sessionOf(viewer, session)}>{children}</SessionContext.Provider>
      </MockedProvider>
    </I18nProvider>
  );
  const result = render(wrap(<RouterProvider router={router} />));
  return { ...result, router };
}
