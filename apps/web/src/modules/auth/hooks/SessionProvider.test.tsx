import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createCache } from '../../../app/apollo';
import { I18nProvider } from '../../../i18n/I18nProvider';
import { BERGEN_LEADER } from '../../../test/render';
import { LogoutMutation, MeQuery } from '../graphql/session';
import { readToken, writeToken } from '../token-storage';
import { SessionProvider, useSession } from './SessionProvider';

function Account() {
  const { viewer, logOut } = useSession();
  return viewer ? (
    <button type="button" onClick={() => logOut()}>
      Logg ut {viewer.name}
    </button>
  ) : (
    <p>Ikke logget inn</p>
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
});
