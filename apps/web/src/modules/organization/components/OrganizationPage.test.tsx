import { screen, within } from '@testing-library/react';
import { renderWithApp } from '../../../test/render';
import { OrganizationUsesQuery, PublicOrganizationQuery } from '../graphql/organization';
import { OrganizationPage } from './OrganizationPage';

const organizationMock = {
  request: { query: PublicOrganizationQuery, variables: { id: 'org-utsira' } },
  result: {
    data: {
      organization: {
        __typename: 'Organization',
        id: 'org-utsira',
        name: 'Utsira kommune',
        kind: 'MUNICIPALITY',
        countyNumber: '46',
        population: 217,
        similarOrganizations: [
          { __typename: 'Organization', id: 'org-kvitsoy', name: 'Kvitsøy kommune', population: 570 },
        ],
      },
      solutions: {
        __typename: 'SolutionPage',
        items: [{ __typename: 'Solution', id: 's-1', title: 'Digital fergebillett' }],
      },
    },
  },
};

const usesMock = (organizationId: string, limit: number, title: string) => ({
  request: { query: OrganizationUsesQuery, variables: { organizationId, limit } },
  result: {
    data: {
      organizationAdoptions: {
        __typename: 'AdoptionPage',
        totalCount: 1,
        items: [
          {
            __typename: 'Adoption',
            id: `a-${organizationId}`,
            stage: 'PILOTING',
            startedAt: '2025-03-01T00:00:00.000Z',
            solution: { __typename: 'Solution', id: `s-${organizationId}`, title },
          },
        ],
      },
    },
  },
});

describe('OrganizationPage', () => {
  it('shows what the organisation shares and uses, its county and population, and municipalities like it', async () => {
    renderWithApp(<OrganizationPage />, {
      url: '/organisasjoner/org-utsira',
      path: '/organisasjoner/:id',
      mocks: [
        organizationMock,
        usesMock('org-utsira', 50, 'Bookingsystem for kommunale lokaler'),
        usesMock('org-kvitsoy', 5, 'Chatbot for innbyggerdialog'),
      ] as never,
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Utsira kommune' })).toBeInTheDocument();
    expect(await screen.findByText(/Fylke: Vestland/)).toBeInTheDocument();
    expect(screen.getByText(/Innbyggere: 217/)).toBeInTheDocument();
    const shares = within(screen.getByRole('region', { name: 'Dette deler de' }));
    expect(shares.getByRole('link', { name: 'Digital fergebillett' })).toHaveAttribute(
      'href',
      '/losninger/s-1',
    );
    const uses = within(screen.getByRole('region', { name: 'Dette bruker de' }));
    expect(await uses.findByText(/Prøver ut siden 1\. mars 2025/)).toBeInTheDocument();
    const similar = within(screen.getByRole('region', { name: 'Kommuner som ligner på dere' }));
    expect(similar.getByRole('link', { name: 'Kvitsøy kommune' })).toHaveAttribute(
      'href',
      '/organisasjoner/org-kvitsoy',
    );
    expect(await similar.findByRole('link', { name: 'Chatbot for innbyggerdialog' })).toBeInTheDocument();
  });
});
