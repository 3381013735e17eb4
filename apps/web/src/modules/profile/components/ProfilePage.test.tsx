import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BERGEN_LEADER, renderWithApp } from '../../../test/render';
import { SetLanguageMutation } from '../../auth/graphql/session';
import { NotificationSettingsQuery, SetNotificationSettingsMutation } from '../graphql/notification-settings';
import { ProfilePage } from './ProfilePage';

const settingsMock = (emailFrequency: string) => ({
  request: { query: NotificationSettingsQuery },
  result: { data: { notificationSettings: { __typename: 'NotificationSettings', emailFrequency } } },
});

describe('ProfilePage', () => {
  it('shows the e-mail frequency and saves another choice at once', async () => {
    const saved = jest.fn(() => ({
      data: { setNotificationSettings: { __typename: 'NotificationSettings', emailFrequency: 'WEEKLY' } },
    }));
    renderWithApp(<ProfilePage />, {
      viewer: BERGEN_LEADER,
      mocks: [
        settingsMock('DAILY'),
        {
          request: { query: SetNotificationSettingsMutation, variables: { emailFrequency: 'WEEKLY' } },
          result: saved,
        },
      ] as never,
    });
    expect(await screen.findByRole('radio', { name: 'Daglig sammendrag' })).toBeChecked();
    expect(screen.getByText('Hvor ofte vil du ha e-post om varslene dine?').tagName).toBe('LEGEND');
    await userEvent.click(screen.getByRole('radio', { name: 'Ukentlig sammendrag' }));
    await waitFor(() => expect(saved).toHaveBeenCalled());
    expect(await screen.findByText('Lagret.')).toHaveAttribute('role', 'status');
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Ukentlig sammendrag' })).toBeChecked());
  });

  it('speaks English', async () => {
    renderWithApp(<ProfilePage />, {
      viewer: BERGEN_LEADER,
      language: 'en',
      mocks: [settingsMock('NEVER')] as never,
    });
    expect(await screen.findByRole('radio', { name: 'Never' })).toBeChecked();
    expect(screen.getByRole('heading', { level: 2, name: 'Notifications by e-mail' })).toBeInTheDocument();
  });

  it('asks only for a new password while the one an administrator set is in use', async () => {
    renderWithApp(<ProfilePage />, { viewer: { ...BERGEN_LEADER, mustChangePassword: true } });
    expect(await screen.findByText(/Passordet ditt ble satt av en administrator/)).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Nåværende passord')).toBeInTheDocument();
  });

  it('shows who the viewer is, and switches the language at once', async () => {
    const stored = jest.fn(() => ({
      data: { setLanguage: { __typename: 'User', id: BERGEN_LEADER.id, language: 'EN' } },
    }));
    renderWithApp(<ProfilePage />, {
      viewer: BERGEN_LEADER,
      mocks: [
        settingsMock('DAILY'),
        { request: { query: SetLanguageMutation, variables: { language: 'EN' } }, result: stored },
      ] as never,
    });
    const account = screen.getByRole('region', { name: 'Kontoen din' });
    expect(within(account).getByText('leder@bergen.test')).toBeInTheDocument();
    expect(within(account).getByText('Bergen kommune')).toBeInTheDocument();
    expect(within(account).getByText('Administrator')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Norsk (bokmål)' })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'My profile' })).toBeInTheDocument();
    await waitFor(() => expect(stored).toHaveBeenCalled());
  });

  it('signs out everywhere', async () => {
    const logOut = jest.fn(async () => {});
    renderWithApp(<ProfilePage />, {
      viewer: BERGEN_LEADER,
      mocks: [settingsMock('DAILY')] as never,
      session: { logOut },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Logg ut overalt' }));
    expect(logOut).toHaveBeenCalledWith({ everywhere: true });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('stays and tells when signing out everywhere fails', async () => {
    const logOut = jest.fn(async () => {
      throw new Error('network down');
    });
    const { router } = renderWithApp(<ProfilePage />, {
      viewer: BERGEN_LEADER,
      url: '/profil',
      mocks: [settingsMock('DAILY')] as never,
      session: { logOut },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Logg ut overalt' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/profil');
  });
});
