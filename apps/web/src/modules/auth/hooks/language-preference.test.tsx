import { MockedProvider } from '@apollo/client/testing/react';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createCache } from '../../../app/apollo';
import { I18nProvider, useI18n } from '../../../i18n/I18nProvider';
import { BERGEN_LEADER, renderWithApp } from '../../../test/render';
import { MeQuery, SetLanguageMutation } from '../graphql/session';
import { SessionProvider } from './SessionProvider';
import { useSwitchLanguage } from './useSwitchLanguage';

function Switch() {
  const { language } = useI18n();
  const switchLanguage = useSwitchLanguage();
  return (
    <button type="button" onClick={() => switchLanguage(language === 'nb' ? 'en' : 'nb')}>
      {`speaking ${language}`}
    </button>
  );
}

/** A mock of SetLanguage that counts its calls. */
function setLanguageMock(language: 'NB' | 'EN') {
  const calls = { count: 0 };
  const mock = {
    request: { query: SetLanguageMutation, variables: { language } },
    result: () => {
      calls.count++;
      return { data: { setLanguage: { __typename: 'User', id: BERGEN_LEADER.id, language } } };
    },
  };
  return { mock, calls };
}

describe("the user's language", () => {
  it('is adopted from the api once the user is logged in', async () => {
    render(
      <I18nProvider initial="nb">
        <MockedProvider
          cache={createCache()}
          mocks={[
            { request: { query: MeQuery }, result: { data: { me: { ...BERGEN_LEADER, language: 'EN' } } } },
          ]}
        >
          <SessionProvider>
            <Switch />
          </SessionProvider>
        </MockedProvider>
      </I18nProvider>,
    );
    expect(await screen.findByRole('button', { name: 'speaking en' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });

  it('is stored in the api when a logged-in user switches', async () => {
    const { mock, calls } = setLanguageMock('EN');
    renderWithApp(<Switch />, { viewer: BERGEN_LEADER, mocks: [mock] as never });
    await userEvent.setup().click(await screen.findByRole('button', { name: 'speaking nb' }));
    expect(await screen.findByRole('button', { name: 'speaking en' })).toBeInTheDocument();
    await waitFor(() => expect(calls.count).toBe(1));
  });

  it('stays in the browser when nobody is logged in', async () => {
    const { mock, calls } = setLanguageMock('EN');
    renderWithApp(<Switch />, { viewer: null, mocks: [mock] as never });
    await userEvent.setup().click(await screen.findByRole('button', { name: 'speaking nb' }));
    expect(await screen.findByRole('button', { name: 'speaking en' })).toBeInTheDocument();
    await act(async () => {});
    expect(calls.count).toBe(0);
  });
});
