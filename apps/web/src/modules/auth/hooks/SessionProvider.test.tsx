import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { createCache } from '../../../app/apollo';
import { I18nProvider } from '../../../i18n/I18nProvider';
import { BERGEN_LEADER } from '../../../test/render';
import { LogoutMutation, MeQuery } from '../graphql/session';
import { readToken, writeToken } from '../token-storage';
import { SessionProvider, useSession } from './SessionProvider';

function Account() {
  const { viewer, logOut } = useSession();
  const [failed, setFailed] = useState(false);
  return viewer ? (
    <>
      <button type="button" onClick={() => logOut()}>
        Logg ut {viewer.name}
      </button>
      <button type="button" onClick={() => logOut({ everywhere: true }).catch(() => setFailed(true))}>
        Logg ut overalt
      </button>
      {failed && <p>Feilet</p>}
    </>
  ) : (
    <p>Ikke logget inn</p>
  );
}

function renderSession(mocks: MockLink.MockedResponse[]) {
  render(
    <MockedProvider
      cache={createCache()}
      mocks={[{ request: { query: MeQuery }, result: { data: { me: BERGEN_LEADER } } }, ...mocks]}
    >
      <I18nProvider initial="nb">
        <SessionProvider>
          <Account />
        </SessionProvider>
      </I18nProvider>
    </MockedProvider>,
  );
}

describe('SessionProvider', () => {
  it('ends the session on the server when logging out, then forgets the token', async () => {
    writeToken('the-token');
    const logout = jest.fn(() => ({ data: { logout: true } }));
    render(
      <MockedProvider
        cache={createCache()}
        mocks={[
          { request: { query: MeQuery }, result: { data: { me: BERGEN_LEADER } } },
          { request: { query: LogoutMutation }, result: logout },
          { request: { query: MeQuery }, result: { data: { me: null } } },
        ]}
      >
        <I18nProvider initial="nb">
          <SessionProvider>
            <Account />
          </SessionProvider>
        </I18nProvider>
      </MockedProvider>,
    );
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Logg ut Kari Nordmann' }));
    expect(await screen.findByText('Ikke logget inn')).toBeInTheDocument();
    expect(logout).toHaveBeenCalledTimes(1);
    expect(readToken()).toBeNull();
  });

  it('signs out everywhere through the api, then forgets the token', async () => {
    writeToken('the-token');
    const logout = jest.fn(() => ({ data: { logout: true } }));
    renderSession([
      { request: { query: LogoutMutation, variables: { everywhere: true } }, result: logout },
      { request: { query: MeQuery }, result: { data: { me: null } } },
    ]);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Logg ut overalt' }));
    expect(await screen.findByText('Ikke logget inn')).toBeInTheDocument();
    expect(logout).toHaveBeenCalledTimes(1);
    expect(readToken()).toBeNull();
  });

  it('keeps the token and says so when signing out everywhere fails', async () => {
    writeToken('the-token');
    renderSession([
      {
        request: { query: LogoutMutation, variables: { everywhere: true } },
        error: new Error('network down'),
      },
    ]);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Logg ut overalt' }));
    expect(await screen.findByText('Feilet')).toBeInTheDocument();
    expect(readToken()).toBe('the-token');
    expect(screen.getByRole('button', { name: 'Logg ut Kari Nordmann' })).toBeInTheDocument();
  });
});
