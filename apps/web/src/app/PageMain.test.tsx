import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider, useQuery } from '@apollo/client/react';
import { act, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router';
import { Subject } from 'rxjs';
import { ServiceAreasQuery } from '../modules/common/graphql/service-areas';
import { PageMain } from './PageMain';
import { pendingRequestsLink } from './pending-requests';

/** A page that asks the api for its data on every visit and shows its heading at once. */
function Page({ name }: { name: string }) {
  const { data } = useQuery(ServiceAreasQuery, { fetchPolicy: 'network-only' });
  return (
    <>
      <h1>{name}</h1>
      <p>{data?.serviceAreas[0]?.nameEn}</p>
    </>
  );
}

/** An api whose answers the test sends, one per request, when it chooses. */
function controlledApi() {
  const requests: Subject<ApolloLink.Result>[] = [];
  const link = new ApolloLink(() => {
    const response = new Subject<ApolloLink.Result>();
    requests.push(response);
    return response;
  });
  const answer = (areaName: string) => {
    const response = requests.shift();
    if (!response) throw new Error('no request is waiting for an answer');
    const area = { __typename: 'ServiceArea', id: 'area', nameNb: areaName, nameEn: areaName };
    act(() => {
      response.next({ data: { serviceAreas: [area] } });
      response.complete();
    });
  };
  return { link, answer };
}

function renderPages() {
  const api = controlledApi();
  const client = new ApolloClient({
    link: ApolloLink.from([pendingRequestsLink, api.link]),
    cache: new InMemoryCache(),
  });
  const layout = {
    element: (
      <PageMain>
        <Outlet />
      </PageMain>
    ),
    children: ['first', 'second'].map((name) => ({
      path: `/${name}`,
      element: <Page key={name} name={name} />,
    })),
  };
  const router = createMemoryRouter([layout], { initialEntries: ['/first'] });
  render(
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>,
  );
  return { ...api, router };
}

describe('PageMain', () => {
  it('is marked ready only once the page’s data has arrived, again after each navigation', async () => {
    const { answer, router } = renderPages();
    const main = screen.getByRole('main');
    expect(screen.getByRole('heading', { name: 'first' })).toBeInTheDocument();
    expect(main).not.toHaveAttribute('data-ready');

    answer('Health');
    await waitFor(() => expect(main).toHaveAttribute('data-ready'));
    expect(screen.getByText('Health')).toBeInTheDocument();

    await act(() => router.navigate('/second'));
    expect(screen.getByRole('heading', { name: 'second' })).toBeInTheDocument();
    expect(screen.getByRole('main')).not.toHaveAttribute('data-ready');

    answer('Culture');
    await waitFor(() => expect(screen.getByRole('main')).toHaveAttribute('data-ready'));
  });
});
