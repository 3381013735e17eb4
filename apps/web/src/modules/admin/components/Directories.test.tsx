import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../test/render';
import {
  OrganizationDirectoryQuery,
  SetOrganizationNumberMutation,
  UserDirectoryQuery,
} from '../graphql/admin';
import { OrganizationDirectory } from './OrganizationDirectory';
import { UserDirectory } from './UserDirectory';

const PLATFORM_ADMIN = {
  __typename: 'User' as const,
  id: 'u-admin',
  name: 'Plattform Admin',
  email: 'admin@lokomotiv.test',
  role: 'ADMIN' as const,
  isPlatformAdmin: true,
  language: 'NB' as const,
  mustChangePassword: false,
  organization: {
    __typename: 'Organization' as const,
    id: 'org-lok',
    name: 'Lokomotiv',
    kind: 'OTHER' as const,
  },
  can: {
    __typename: 'UserCapabilities' as const,
    postNeeds: false,
    postNotices: false,
    joinNeeds: false,
    answerNeeds: false,
    addMembers: true,
  },
};

const organization = (id: string, name: string, organizationNumber: string) => ({
  __typename: 'Organization',
  id,
  name,
  kind: 'COUNTY_MUNICIPALITY',
  organizationNumber,
});

const organizationsMock = (
  variables: { text: string | null; missingNumber: boolean | null; offset?: number },
  items: ReturnType<typeof organization>[],
  totalCount = items.length,
) => ({
  request: { query: OrganizationDirectoryQuery, variables: { limit: 20, offset: 0, ...variables } },
  result: { data: { organizations: { __typename: 'OrganizationPage', totalCount, items } } },
});

const VESTLAND = organization('org-vestland', 'Vestland fylkeskommune', '');
const BERGEN = organization('org-bergen', 'Bergen kommune', '964338531');

describe('OrganizationDirectory', () => {
  it('searches, narrows to those without a number, and sets one', async () => {
    const saved = jest.fn(() => ({
      data: {
        setOrganizationNumber: {
          __typename: 'Organization',
          id: 'org-vestland',
          organizationNumber: '821311632',
        },
      },
    }));
    renderWithApp(<OrganizationDirectory />, {
      viewer: PLATFORM_ADMIN,
      mocks: [
        organizationsMock({ text: null, missingNumber: null }, [BERGEN, VESTLAND], 356),
        organizationsMock({ text: null, missingNumber: true }, [VESTLAND]),
        {
          request: {
            query: SetOrganizationNumberMutation,
            variables: { organizationId: 'org-vestland', organizationNumber: '821311632' },
          },
          result: saved,
        },
      ] as never,
    });
    expect(await screen.findByText('356 treff')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Sider med organisasjoner' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '964338531' })).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Bare organisasjoner uten organisasjonsnummer' }),
    );
    expect(await screen.findByText('1 treff')).toBeInTheDocument();
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Organisasjonsnummer for Vestland fylkeskommune' }),
      '821 311 632',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Lagre nummeret' }));
    expect(
      await screen.findByText('Vestland fylkeskommune har fått organisasjonsnummeret 821311632.'),
    ).toBeInTheDocument();
    expect(saved).toHaveBeenCalled();
    await waitFor(() => expect(screen.getByRole('cell', { name: '821311632' })).toBeInTheDocument());
  });

  it('shows the api’s refusal beside the field', async () => {
    renderWithApp(<OrganizationDirectory />, {
      viewer: PLATFORM_ADMIN,
      mocks: [
        organizationsMock({ text: null, missingNumber: null }, [VESTLAND]),
        {
          request: {
            query: SetOrganizationNumberMutation,
            variables: { organizationId: 'org-vestland', organizationNumber: '964338531' },
          },
          result: {
            errors: [
              {
                message: 'taken',
                extensions: {
                  code: 'CONFLICT',
                  reason: 'ORGANIZATION_NUMBER_TAKEN',
                  field: 'organizationNumber',
                },
              },
            ],
          },
        },
      ] as never,
    });
    const field = await screen.findByRole('textbox', {
      name: 'Organisasjonsnummer for Vestland fylkeskommune',
    });
    await userEvent.click(screen.getByRole('button', { name: 'Lagre nummeret' }));
    expect(await screen.findByText('Fyll ut organisasjonsnummeret.')).toBeInTheDocument();
    await userEvent.type(field, '964338531');
    await userEvent.click(screen.getByRole('button', { name: 'Lagre nummeret' }));
    await waitFor(() =>
      expect(field).toHaveAccessibleDescription(
        'Det finnes allerede en organisasjon med dette organisasjonsnummeret.',
      ),
    );
  });
});

describe('UserDirectory', () => {
  it('finds users by what is typed, with their organisation and status', async () => {
    const user = (id: string, name: string, active: boolean) => ({
      __typename: 'User',
      id,
      name,
      email: `${id}@bergen.test`,
      role: 'MEMBER',
      active,
      organization: { __typename: 'Organization', id: 'org-bergen', name: 'Bergen kommune' },
    });
    const page = (items: ReturnType<typeof user>[]) => ({
      data: { users: { __typename: 'UserPage', totalCount: items.length, items } },
    });
    renderWithApp(<UserDirectory />, {
      viewer: PLATFORM_ADMIN,
      language: 'en',
      mocks: [
        {
          request: { query: UserDirectoryQuery, variables: { search: null, limit: 20, offset: 0 } },
          result: page([user('u-1', 'Ola', true), user('u-2', 'Siri', false)]),
        },
        {
          request: { query: UserDirectoryQuery, variables: { search: 'siri', limit: 20, offset: 0 } },
          result: page([user('u-2', 'Siri', false)]),
        },
      ] as never,
    });
    expect(await screen.findByText('2 matches')).toBeInTheDocument();
    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Search by name, e-mail or organisation' }),
      'siri',
    );
    expect(await screen.findByText('1 match')).toBeInTheDocument();
    const row = screen.getByRole('cell', { name: 'Siri' }).closest('tr') as HTMLElement;
    expect(within(row).getByText('Deactivated')).toBeInTheDocument();
    expect(within(row).getByText('Bergen kommune')).toBeInTheDocument();
  });
});
