import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { BERGEN_LEADER, renderWithApp } from '../../../test/render';
import { useSearchState } from '../../search/hooks/useSearchState';
import { SaveSearchMutation } from '../graphql/saved-searches';
import { SaveSearchControl } from './SaveSearchControl';

const URL_WITH_FILTERS =
  '/sok?q=robot&type=SOLUTION&omrade=helse-og-omsorg&prosedyre=OPEN&cpv=72&fylke=46&apne=1';

const INPUT = {
  query: 'robot',
  kinds: ['SOLUTION'],
  serviceAreas: ['helse-og-omsorg'],
  procedures: ['OPEN'],
  cpvDivisions: ['72'],
  countyNumbers: ['46'],
  openOnly: true,
};

function savedSearch(name: string) {
  return {
    __typename: 'SavedSearch' as const,
    id: 'ss-1',
    name,
    ...INPUT,
    feedUrl: 'https://lokomotiv.test/feeds/saved-searches/abc.atom',
    createdAt: '2026-11-25T10:00:00.000Z',
  };
}

/** The control as the search page mounts it: the search comes from the URL. */
function SaveFromUrl() {
  const { state } = useSearchState();
  return <SaveSearchControl state={state} />;
}

function renderControl(mocks: object[], viewer = BERGEN_LEADER, url = URL_WITH_FILTERS) {
  return renderWithApp(<SaveFromUrl />, { mocks: mocks as never, viewer, url, path: '/sok' });
}

describe('SaveSearchControl', () => {
  it('saves the current query and every filter, then confirms with a link to the saved searches', async () => {
    const save = jest.fn(() => ({ data: { saveSearch: savedSearch('Roboter i helse') } }));
    renderControl([
      {
        request: { query: SaveSearchMutation, variables: { input: { name: 'Roboter i helse', ...INPUT } } },
        result: save,
      },
    ]);
    const user = userEvent.setup();
    const open = screen.getByRole('button', { name: 'Lagre søket' });
    expect(open).toHaveAttribute('aria-expanded', 'false');
    await user.click(open);
    expect(open).toHaveAttribute('aria-expanded', 'true');

    const form = screen.getByRole('form', { name: 'Lagre søket' });
    const summary = form.querySelector('dl') as HTMLElement;
    // Service area and county names arrive by two queries, each in its own time.
    await waitFor(() => {
      expect(summary).toHaveTextContent('TjenesteområdeHelse og omsorg');
      expect(summary).toHaveTextContent('FylkeVestland');
    });
    expect(summary).toHaveTextContent('Søkeord«robot»');
    expect(summary).toHaveTextContent('TypeLøsning');
    expect(summary).toHaveTextContent('ProsedyreÅpen anbudskonkurranse');
    expect(summary).toHaveTextContent('CPV-hovedgruppeCPV 72');
    expect(summary).toHaveTextContent('FylkeVestland');
    expect(summary).toHaveTextContent('StatusBare åpne behov og anbud');

    const name = screen.getByLabelText('Navn på søket (valgfritt)');
    expect(name).toHaveFocus();
    expect(screen.getByText('Står feltet tomt, får søket navnet «robot».')).toBeInTheDocument();
    await user.type(name, 'Roboter i helse');
    await user.click(screen.getByRole('button', { name: 'Lagre' }));

    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    const status = await screen.findByText(/Søket «Roboter i helse» er lagret/);
    expect(status.closest('[role="status"]')).not.toBeNull();
    expect(screen.getByRole('link', { name: 'Se lagrede søk' })).toHaveAttribute('href', '/lagrede-sok');
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Lagre søket' })).toHaveFocus());
  });

  it('sends no name when none is given, so the api names the search after the query', async () => {
    const save = jest.fn(() => ({ data: { saveSearch: savedSearch('robot') } }));
    renderControl([
      {
        request: { query: SaveSearchMutation, variables: { input: { name: null, ...INPUT } } },
        result: save,
      },
    ]);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Lagre søket' }));
    await user.keyboard('{Enter}');
    expect(await screen.findByText(/Søket «robot» er lagret/)).toBeInTheDocument();
    expect(save).toHaveBeenCalledTimes(1);
  });

  it("shows the api's field errors beside the field and keeps the form open", async () => {
    const tooLong = 'x'.repeat(101);
    renderControl([
      {
        request: { query: SaveSearchMutation, variables: { input: { name: tooLong, ...INPUT } } },
        result: {
          errors: [
            new GraphQLError('name must be at most 100 characters', {
              extensions: { code: 'BAD_USER_INPUT', reason: 'TOO_LONG', field: 'name', params: { max: 100 } },
            }),
          ],
        },
      },
    ]);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Lagre søket' }));
    const name = screen.getByLabelText('Navn på søket (valgfritt)');
    await user.click(name);
    await user.paste(tooLong);
    await user.click(screen.getByRole('button', { name: 'Lagre' }));

    const message = 'Navnet kan ha høyst 100 tegn.';
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(name).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(screen.getByRole('link', { name: message })).toHaveAttribute('href', '#save-search-name');
    expect(screen.queryByText(/er lagret/)).not.toBeInTheDocument();
  });

  it('explains the limit on saved searches in Norwegian', async () => {
    renderControl([
      {
        request: { query: SaveSearchMutation, variables: { input: { name: null, ...INPUT } } },
        result: {
          errors: [
            new GraphQLError('You can keep at most 50 saved searches', {
              extensions: {
                code: 'BAD_USER_INPUT',
                reason: 'TOO_MANY',
                field: 'savedSearch',
                params: { max: 50 },
              },
            }),
          ],
        },
      },
    ]);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Lagre søket' }));
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(
      await screen.findByText('Du kan ha høyst 50 lagrede søk. Slett et du ikke trenger, og prøv igjen.'),
    ).toBeInTheDocument();
  });

  it('closes with "Avbryt" and returns focus to the button', async () => {
    renderControl([]);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Lagre søket' }));
    await user.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Lagre søket' })).toHaveFocus());
  });

  it('leads someone not logged in to the login page and back to this search', async () => {
    renderControl([], null as never, '/sok?q=robot');
    expect(screen.getByRole('link', { name: /Logg inn for å lagre søket/ })).toHaveAttribute(
      'href',
      `/logg-inn?neste=${encodeURIComponent('/sok?q=robot')}`,
    );
    expect(screen.queryByRole('button', { name: 'Lagre søket' })).not.toBeInTheDocument();
  });
});

// Keeps act() warnings from Designsystemet's custom elements out of the output.
afterEach(async () => {
  await act(async () => {});
});
