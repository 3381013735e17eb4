import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../test/render';
import { SearchQuery } from '../graphql/search';
import { parseSearchParams, toSearchParams } from '../search-params';
import { SearchPage } from './SearchPage';

function card(id: string, title: string, serviceArea: string, inUseCount: number) {
  return {
    __typename: 'Solution' as const,
    id,
    title,
    summary: `${title} – kort fortalt`,
    serviceArea,
    status: 'PUBLISHED' as const,
    kind: 'SOFTWARE' as const,
    maturity: 'PRODUCTION' as const,
    openSource: true,
    reuseCount: inUseCount + 1,
    inUseCount,
    inUseByMunicipalitiesOnly: true,
    publishedAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    owner: {
      __typename: 'Organization' as const,
      id: 'org-1',
      name: 'Bergen kommune',
      kind: 'MUNICIPALITY' as const,
    },
  };
}

type FacetMock = {
  __typename: 'Facet';
  field: string;
  values: { __typename: 'FacetValue'; value: string; count: number; cpv?: object | null }[];
};

function searchMock(
  filter: { serviceAreas?: string[]; kinds?: string[]; procedures?: string[] },
  items: ReturnType<typeof card>[],
  query = '',
  extraFacets: FacetMock[] = [],
  sort = query ? 'RELEVANCE' : 'MOST_IN_USE',
) {
  const count = (field: 'serviceArea', value: string) => items.filter((item) => item[field] === value).length;
  return {
    request: {
      query: SearchQuery,
      variables: {
        query,
        filter: {
          kinds: filter.kinds ?? null,
          serviceAreas: filter.serviceAreas ?? null,
          organizationIds: null,
          procedures: filter.procedures ?? null,
          cpvDivisions: null,
          countyNumbers: null,
          openOnly: null,
          solutionKinds: null,
          maturities: null,
          licenseIds: null,
          openSourceOnly: null,
          runsOnOurSystems: null,
        },
        sort,
        limit: 20,
        offset: 0,
      },
    },
    result: {
      data: {
        search: {
          __typename: 'SearchResult',
          totalCount: items.length,
          hits: items,
          facets: [
            {
              __typename: 'Facet',
              field: 'kind',
              values: [{ __typename: 'FacetValue', value: 'SOLUTION', count: items.length }],
            },
            {
              __typename: 'Facet',
              field: 'serviceArea',
              values: ['helse-og-omsorg', 'plan-bygg-og-eiendom']
                .filter((area) => count('serviceArea', area) > 0)
                .map((area) => ({
                  __typename: 'FacetValue',
                  value: area,
                  count: count('serviceArea', area),
                })),
            },
            ...extraFacets,
          ],
        },
      },
    },
  };
}

const robot = card('s-1', 'Saksbehandlingsrobot', 'helse-og-omsorg', 4);
const byggesak = card('s-2', 'Digital byggesøknad', 'plan-bygg-og-eiendom', 3);

describe('SearchPage', () => {
  it('reads its filters from the URL and writes each filter click back to it', async () => {
    const { router } = renderWithApp(<SearchPage />, {
      url: '/sok?omrade=helse-og-omsorg&side=1',
      mocks: [
        searchMock({ serviceAreas: ['helse-og-omsorg'] }, [robot]),
        searchMock({ serviceAreas: ['helse-og-omsorg', 'plan-bygg-og-eiendom'] }, [robot, byggesak]),
      ],
    });
    const results = await screen.findByTestId('results');
    expect(within(results).getAllByRole('listitem')).toHaveLength(1);
    expect(within(results).getByText('I bruk hos 4 kommuner')).toBeInTheDocument();
    const health = screen.getByRole('checkbox', { name: 'Helse og omsorg (1)' });
    expect(health).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Løsning (1)' })).not.toBeChecked();

    await userEvent.setup().click(screen.getByRole('checkbox', { name: 'Plan, bygg og eiendom' }));

    expect(router.state.location.search).toBe('?omrade=helse-og-omsorg&omrade=plan-bygg-og-eiendom');
    await waitFor(() =>
      expect(within(screen.getByTestId('results')).getAllByRole('listitem')).toHaveLength(2),
    );
    expect(screen.getByRole('status')).toHaveTextContent('2 treff');
    expect(screen.getByRole('link', { name: 'Digital byggesøknad' })).toHaveAttribute(
      'href',
      '/losninger/s-2',
    );
    expect(screen.getByRole('link', { name: 'Last ned som CSV' })).toHaveAttribute(
      'href',
      '/sok.csv?omrade=helse-og-omsorg&omrade=plan-bygg-og-eiendom',
    );
  });

  it('keeps the procedure, CPV division and county facets in the URL', async () => {
    const facet = (field: string, value: string, count: number, cpv: object | null = null): FacetMock => ({
      __typename: 'Facet',
      field,
      values: [{ __typename: 'FacetValue', value, count, cpv }],
    });
    const it = {
      __typename: 'CpvCode',
      code: '72000000-5',
      labelNb: 'Datatjenester: rådgivning, programvareutvikling, internett og systemstøtte',
      labelEn: 'IT services: consulting, software development, Internet and support',
    };
    const facets = [
      facet('procedure', 'OPEN', 2),
      facet('cpvDivision', '72', 2, it),
      facet('ownerCounty', '46', 2),
    ];
    const { router } = renderWithApp(<SearchPage />, {
      url: '/sok',
      mocks: [
        searchMock({}, [robot, byggesak], '', facets),
        searchMock({ procedures: ['OPEN'] }, [robot], '', [facet('procedure', 'OPEN', 1)]),
      ],
    });
    await screen.findByTestId('results');
    expect(screen.getByRole('group', { name: 'CPV-hovedgruppe' })).toContainElement(
      screen.getByRole('checkbox', {
        name: '72 Datatjenester: rådgivning, programvareutvikling, internett og systemstøtte (2)',
      }),
    );
    expect(screen.getByRole('checkbox', { name: 'Vestland (2)' })).not.toBeChecked();

    await userEvent.setup().click(screen.getByRole('checkbox', { name: 'Åpen anbudskonkurranse (2)' }));

    expect(router.state.location.search).toBe('?prosedyre=OPEN');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 treff'));
    expect(screen.getByRole('checkbox', { name: 'Åpen anbudskonkurranse (1)' })).toBeChecked();
  });

  it('clears all filters with one button, back to an unfiltered list', async () => {
    const { router } = renderWithApp(<SearchPage />, {
      url: '/sok?omrade=helse-og-omsorg',
      mocks: [searchMock({ serviceAreas: ['helse-og-omsorg'] }, [robot]), searchMock({}, [robot, byggesak])],
    });
    await screen.findByTestId('results');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Fjern alle filtre' }));
    expect(router.state.location.search).toBe('');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('2 treff'));
    expect(screen.getByRole('checkbox', { name: 'Helse og omsorg (1)' })).not.toBeChecked();
  });

  it('sorts by relevance when there is a query, keeps another order in the URL and announces it', async () => {
    const { router } = renderWithApp(<SearchPage />, {
      url: '/sok?q=robot&omrade=helse-og-omsorg',
      mocks: [
        searchMock({ serviceAreas: ['helse-og-omsorg'] }, [robot, byggesak], 'robot'),
        searchMock({ serviceAreas: ['helse-og-omsorg'] }, [byggesak, robot], 'robot', [], 'NEWEST'),
      ],
    });
    await screen.findByTestId('results');
    const sort = screen.getByRole('combobox', { name: 'Sorter etter' });
    expect(sort).toHaveValue('RELEVANCE');
    expect(screen.getByRole('status')).toHaveTextContent('2 treff for «robot» Sortert etter relevans.');

    await userEvent.setup().selectOptions(sort, 'NEWEST');

    expect(router.state.location.search).toBe('?q=robot&omrade=helse-og-omsorg&sortering=nyeste');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Sortert med de nyeste først.'));
    const titles = within(screen.getByTestId('results'))
      .getAllByRole('heading')
      .map((h) => h.textContent);
    expect(titles).toEqual(['Digital byggesøknad', 'Saksbehandlingsrobot']);
    expect(screen.getByRole('link', { name: 'Last ned som CSV' })).toHaveAttribute(
      'href',
      '/sok.csv?q=robot&omrade=helse-og-omsorg&sortering=nyeste',
    );
  });

  it('offers no relevance without a query, and lists the most in use first', async () => {
    renderWithApp(<SearchPage />, { url: '/sok?sortering=relevans', mocks: [searchMock({}, [robot])] });
    await screen.findByTestId('results');
    const sort = screen.getByRole('combobox', { name: 'Sorter etter' });
    expect(sort).toHaveValue('MOST_IN_USE');
    expect(within(sort).queryByRole('option', { name: 'Relevans' })).not.toBeInTheDocument();
  });

  it('shows a clear empty state with suggestions', async () => {
    renderWithApp(<SearchPage />, {
      url: '/sok?q=robto&omrade=helse-og-omsorg',
      mocks: [searchMock({ serviceAreas: ['helse-og-omsorg'] }, [], 'robto')],
    });
    expect(await screen.findByRole('heading', { name: 'Ingen treff for «robto»' })).toBeInTheDocument();
    expect(screen.getByText('Sjekk at ordene er riktig stavet.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Fjern filtrene' })).toBeInTheDocument();
  });
});

describe('search parameters', () => {
  it('round-trips a search through the URL and drops defaults', () => {
    const state = {
      query: 'robot',
      kinds: ['SOLUTION' as const, 'NEED' as const],
      serviceAreas: ['helse-og-omsorg'],
      organizationIds: [],
      procedures: ['OPEN' as const],
      cpvDivisions: ['72'],
      countyNumbers: ['46'],
      openOnly: true,
      solutionKinds: ['ROBOT' as const],
      maturities: ['PILOT' as const, 'PRODUCTION' as const],
      licenseIds: ['EUPL-1.2'],
      openSourceOnly: true,
      runsOnOurSystems: true,
      sort: 'NEWEST' as const,
      page: 3,
    };
    const params = toSearchParams(state);
    expect(params.toString()).toBe(
      'q=robot&type=SOLUTION&type=NEED&omrade=helse-og-omsorg&prosedyre=OPEN&cpv=72&fylke=46&apne=1&losningstype=ROBOT&modenhet=PILOT&modenhet=PRODUCTION&lisens=EUPL-1.2&apen-kildekode=1&vare-systemer=1&sortering=nyeste&side=3',
    );
    expect(parseSearchParams(params)).toEqual(state);
    expect(
      toSearchParams({
        ...state,
        query: '',
        kinds: [],
        serviceAreas: [],
        procedures: [],
        cpvDivisions: [],
        countyNumbers: [],
        openOnly: false,
        solutionKinds: [],
        maturities: [],
        licenseIds: [],
        openSourceOnly: false,
        runsOnOurSystems: false,
        sort: null,
        page: 1,
      }).toString(),
    ).toBe('');
  });

  it('ignores unknown kinds, procedures, malformed codes and bad page numbers', () => {
    const state = parseSearchParams(
      new URLSearchParams('type=FOO&type=NEED&prosedyre=BAR&prosedyre=OPEN&cpv=7&cpv=72&fylke=x&side=-2'),
    );
    expect(state.kinds).toEqual(['NEED']);
    expect(state.procedures).toEqual(['OPEN']);
    expect(state.cpvDivisions).toEqual(['72']);
    expect(state.countyNumbers).toEqual([]);
    expect(state.page).toBe(1);
  });
});
