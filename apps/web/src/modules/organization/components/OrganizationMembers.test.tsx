import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BERGEN_LEADER, renderWithApp } from '../../../test/render';
import type { Viewer } from '../../auth/hooks/SessionProvider';
import {
  DeactivateUserMutation,
  OrganizationMembersQuery,
  SetUserRoleMutation,
} from '../graphql/organization';
import { isNewMember, OrganizationMembers } from './OrganizationMembers';

const DAY_MS = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString();

const member = (id: string, name: string, fields: Record<string, unknown> = {}) => ({
  __typename: 'User',
  id,
  name,
  email: `${id}@bergen.test`,
  role: 'MEMBER',
  active: true,
  createdAt: daysAgo(200),
  lastLoginAt: daysAgo(3),
  ...fields,
});

const LEADER = member(BERGEN_LEADER.id, BERGEN_LEADER.name, { role: 'ADMIN' });
const OLA = member('u-ola', 'Ola Nordmann', { createdAt: daysAgo(2), lastLoginAt: null });
const SIRI = member('u-siri', 'Siri Saksbehandler');

const membersMock = {
  request: { query: OrganizationMembersQuery, variables: { organizationId: 'org-bergen' } },
  result: { data: { organizationMembers: [LEADER, OLA, SIRI] } },
};

const rowOf = async (name: string) => {
  const cell = await screen.findByRole('cell', { name: new RegExp(`^${name}`) });
  return cell.closest('tr') as HTMLElement;
};

function renderMembers(viewer: Viewer, mocks: unknown[] = []) {
  return renderWithApp(<OrganizationMembers viewer={viewer} />, {
    viewer,
    mocks: [membersMock, ...mocks] as never,
  });
}

describe('OrganizationMembers', () => {
  it('shows an ADMIN who is new, who is active and when each last signed in', async () => {
    renderMembers(BERGEN_LEADER);
    const ola = await rowOf('Ola Nordmann');
    expect(within(ola).getByText('Ny')).toBeInTheDocument();
    expect(within(ola).getByText('Aldri')).toBeInTheDocument();
    expect(within(ola).getByText('Aktiv')).toBeInTheDocument();
    expect(within(await rowOf('Siri Saksbehandler')).queryByText('Ny')).not.toBeInTheDocument();
    // No buttons on one's own row: an ADMIN cannot lock themselves out by a slip.
    expect(within(await rowOf('Kari Nordmann')).queryByRole('button')).not.toBeInTheDocument();
  });

  it('makes a member ADMIN and says so', async () => {
    const changed = jest.fn(() => ({ data: { setUserRole: { ...OLA, role: 'ADMIN' } } }));
    renderMembers(BERGEN_LEADER, [
      {
        request: { query: SetUserRoleMutation, variables: { userId: 'u-ola', role: 'ADMIN' } },
        result: changed,
      },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Gjør til administrator Ola Nordmann' }));
    expect(await screen.findByText('Ola Nordmann er nå administrator.')).toBeInTheDocument();
    expect(changed).toHaveBeenCalled();
    const ola = await rowOf('Ola Nordmann');
    await waitFor(() => expect(within(ola).getByText('Administrator')).toBeInTheDocument());
    expect(within(ola).getByRole('button', { name: 'Gjør til medlem Ola Nordmann' })).toBeInTheDocument();
  });

  it('deactivates a member, and can reactivate them', async () => {
    renderMembers(BERGEN_LEADER, [
      {
        request: { query: DeactivateUserMutation, variables: { userId: 'u-siri' } },
        result: { data: { deactivateUser: { ...SIRI, active: false } } },
      },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Deaktiver Siri Saksbehandler' }));
    expect(await screen.findByText('Siri Saksbehandler er deaktivert og logget ut.')).toBeInTheDocument();
    const siri = await rowOf('Siri Saksbehandler');
    expect(within(siri).getByText('Deaktivert')).toBeInTheDocument();
    expect(
      within(siri).getByRole('button', { name: 'Aktiver igjen Siri Saksbehandler' }),
    ).toBeInTheDocument();
  });

  it('explains the last-admin rule when the api refuses', async () => {
    const otherAdmin = { ...BERGEN_LEADER, id: 'u-someone-else' };
    renderMembers(otherAdmin, [
      {
        request: { query: DeactivateUserMutation, variables: { userId: BERGEN_LEADER.id } },
        result: {
          errors: [
            {
              message: 'The organisation must keep an active administrator',
              extensions: { code: 'CONFLICT', reason: 'LAST_ACTIVE_ADMIN' },
            },
          ],
        },
      },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Deaktiver Kari Nordmann' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Organisasjonen må ha minst én aktiv administrator. Gjør et annet medlem til administrator først.',
    );
    expect(within(await rowOf('Kari Nordmann')).getByText('Aktiv')).toBeInTheDocument();
  });

  it('shows a MEMBER the names, e-mails and roles only', async () => {
    const viewer: Viewer = {
      ...BERGEN_LEADER,
      id: 'u-siri',
      role: 'MEMBER',
      can: { ...BERGEN_LEADER.can, addMembers: false },
    };
    renderMembers(viewer);
    const ola = await rowOf('Ola Nordmann');
    expect(within(ola).getByText('Medlem')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Sist innlogget' })).not.toBeInTheDocument();
    expect(screen.queryByText('Legg til et medlem')).not.toBeInTheDocument();
  });

  it('speaks English', async () => {
    renderWithApp(<OrganizationMembers viewer={BERGEN_LEADER} />, {
      viewer: BERGEN_LEADER,
      language: 'en',
      mocks: [membersMock] as never,
    });
    expect(
      await screen.findByRole('button', { name: 'Make administrator Ola Nordmann' }),
    ).toBeInTheDocument();
    expect(within(await rowOf('Ola Nordmann')).getByText('New')).toBeInTheDocument();
  });
});

describe('isNewMember', () => {
  it('marks members who joined in the last 30 days', () => {
    const now = Date.parse('2026-12-02T12:00:00Z');
    expect(isNewMember({ createdAt: '2026-11-03T12:00:01Z' }, now)).toBe(true);
    expect(isNewMember({ createdAt: '2026-11-02T12:00:00Z' }, now)).toBe(false);
  });
});
