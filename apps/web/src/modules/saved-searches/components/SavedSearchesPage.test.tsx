import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SavedSearchFieldsFragment } from '../../../generated/graphql';
import { BERGEN_LEADER, renderWithApp } from '../../../test/render';
import { BUILDING_DIVISION, cpvTreeMock, IT_DIVISION } from '../../procurement/components/cpv-test-data';
import { parseSearchParams } from '../../search/search-params';
import {
  DeleteSavedSearchMutation,
  MySavedSearchesQuery,
  UpdateSavedSearchMutation,
} from '../graphql/saved-searches';
import { searchStateOf } from '../saved-search-state';
import { SavedSearchesPage } from './SavedSearchesPage';

function saved(
  id: string,
  name: string,
  overrides: Partial<SavedSearchFieldsFragment> = {},
): SavedSearchFieldsFragment {
  return {
    __typename: 'SavedSearch',
    id,
    name,
    query: '',
    kinds: [],
    serviceAreas: [],
    procedures: [],
    cpvDivisions: [],
    countyNumbers: [],
    openOnly: false,
    feedUrl: `https://lokomotiv.test/feeds/saved-searches/${id}.atom`,
    createdAt: '2026-11-20T10:00:00.000Z',
    ...overrides,
  };
}

const robots = saved('ss-1', 'Roboter i helse', {
  query: 'robot',
  kinds: ['SOLUTION', 'NEED'],
  serviceAreas: ['helse-og-omsorg'],
  procedures: ['INNOVATION_PARTNERSHIP'],
  cpvDivisions: ['72'],
  countyNumbers: ['46'],
  openOnly: true,
});
const everything = saved('ss-2', 'Alle nye oppføringer');
const tenders = saved('ss-3', 'Anbud i Vestland', { kinds: ['PROCUREMENT_NOTICE'], countyNumbers: ['46'] });

function listMock(items: SavedSearchFieldsFragment[]) {
  return { request: { query: MySavedSearchesQuery }, result: { data: { mySavedSearches: items } } };
}

function deleteMock(id: string) {
  const result = jest.fn(() => ({ data: { deleteSavedSearch: true } }));
  return { mock: { request: { query: DeleteSavedSearchMutation, variables: { id } }, result }, result };
}

function renderPage(mocks: object[], url = '/lagrede-sok') {
  return renderWithApp(<SavedSearchesPage />, {
    mocks: mocks as never,
    viewer: BERGEN_LEADER,
    url,
    path: '/lagrede-sok',
  });
}

const card = (name: string) => screen.getByRole('heading', { level: 2, name }).closest('li') as HTMLElement;

describe('SavedSearchesPage', () => {
  it('lists each saved search with its filters in words, a link to its results and its feed address', async () => {
    renderPage([listMock([robots, everything])]);
    await screen.findByRole('heading', { level: 2, name: 'Roboter i helse' });
    const first = card('Roboter i helse');
    await waitFor(() => expect(first).toHaveTextContent('TjenesteområdeHelse og omsorg'));
    expect(first).toHaveTextContent('Søkeord«robot»');
    expect(first).toHaveTextContent('TypeLøsning, Behov');
    expect(first).toHaveTextContent('ProsedyreInnovasjonspartnerskap');
    expect(first).toHaveTextContent('CPV-hovedgruppeCPV 72');
    expect(first).toHaveTextContent('FylkeVestland');
    expect(first).toHaveTextContent('StatusBare åpne behov og anbud');

    const link = within(first).getByRole('link', { name: 'Vis treffene – Roboter i helse' });
    const href = link.getAttribute('href') ?? '';
    expect(href).toBe(
      '/sok?q=robot&type=SOLUTION&type=NEED&omrade=helse-og-omsorg&prosedyre=INNOVATION_PARTNERSHIP&cpv=72&fylke=46&apne=1',
    );
    expect(parseSearchParams(new URLSearchParams(href.split('?')[1]))).toEqual(searchStateOf(robots));

    const feed = within(first).getByLabelText('Adresse til nyhetsstrømmen (Atom)');
    expect(feed).toHaveValue('https://lokomotiv.test/feeds/saved-searches/ss-1.atom');
    expect(feed).toHaveAttribute('readonly');
    expect(feed).toHaveAccessibleDescription(expect.stringContaining('Hold adressen for deg selv'));

    const second = card('Alle nye oppføringer');
    expect(second).toHaveTextContent('Alt nytt – uten søkeord eller avgrensninger.');
    expect(within(second).getByRole('link', { name: /Vis treffene/ })).toHaveAttribute('href', '/sok');
  });

  it('copies the feed address and says so', async () => {
    renderPage([listMock([robots])]);
    const user = userEvent.setup(); // gives navigator a clipboard
    await user.click(await screen.findByRole('button', { name: 'Kopier adressen – Roboter i helse' }));
    expect(await navigator.clipboard.readText()).toBe(
      'https://lokomotiv.test/feeds/saved-searches/ss-1.atom',
    );
    expect(await screen.findByText('Adressen er kopiert.')).toHaveAttribute('role', 'status');
  });

  it('shows a clear empty state that leads to the search', async () => {
    renderPage([listMock([])]);
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Du har ingen lagrede søk ennå.' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Gå til søket' })).toHaveAttribute('href', '/sok');
  });

  it('deletes only after confirmation, then moves focus to the next saved search', async () => {
    const { mock, result } = deleteMock('ss-1');
    renderPage([listMock([robots, everything, tenders]), mock]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Slett Roboter i helse' }));

    expect(screen.getByText(/Vil du slette «Roboter i helse»\?/)).toHaveFocus();
    expect(result).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Ja, slett' }));

    await waitFor(() => expect(result).toHaveBeenCalledTimes(1));
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: 'Roboter i helse' })).not.toBeInTheDocument(),
    );
    expect(screen.getByText('«Roboter i helse» er slettet.').closest('[role="status"]')).not.toBeNull();
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 2, name: 'Alle nye oppføringer' })).toHaveFocus(),
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('keeps the saved search and returns focus when the user says no', async () => {
    const { mock, result } = deleteMock('ss-3');
    renderPage([listMock([robots, tenders]), mock]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Slett Anbud i Vestland' }));
    await user.click(screen.getByRole('button', { name: 'Nei, behold' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Slett Anbud i Vestland' })).toHaveFocus());
    expect(result).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { level: 2, name: 'Anbud i Vestland' })).toBeInTheDocument();
  });

  it('after deleting the last one, shows the empty state and focuses the page heading', async () => {
    const { mock } = deleteMock('ss-3');
    renderPage([listMock([tenders]), mock]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Slett Anbud i Vestland' }));
    await user.click(screen.getByRole('button', { name: 'Ja, slett' }));
    expect(
      await screen.findByRole('heading', { name: 'Du har ingen lagrede søk ennå.' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Lagrede søk' })).toHaveFocus());
  });

  it('focuses the saved search a notification links to', async () => {
    renderPage([listMock([robots, tenders])], '/lagrede-sok#lagret-sok-ss-3');
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 2, name: 'Anbud i Vestland' })).toHaveFocus(),
    );
  });
  describe('editing', () => {
    const helse = saved('ss-4', 'Helse', {
      query: 'sensor',
      kinds: ['PROCUREMENT_NOTICE'],
      cpvDivisions: ['72'],
      countyNumbers: ['03'],
      openOnly: true,
    });
    const input = {
      name: 'Helse i Vestland',
      query: 'sensor',
      kinds: ['PROCUREMENT_NOTICE'],
      serviceAreas: [],
      procedures: ['MARKET_DIALOGUE'],
      cpvDivisions: ['45'],
      countyNumbers: ['46'],
      openOnly: true,
    };
    const updateMock = (result: jest.Mock) => ({
      request: { query: UpdateSavedSearchMutation, variables: { id: 'ss-4', input } },
      result,
    });
    const tree = cpvTreeMock(null, [BUILDING_DIVISION, IT_DIVISION]);

    async function changeEverything() {
      const user = userEvent.setup();
      await user.click(await screen.findByRole('button', { name: 'Endre Helse' }));
      const name = screen.getByLabelText('Navn på søket');
      expect(name).toHaveFocus();
      await user.clear(name);
      await user.type(name, 'Helse i Vestland');
      expect(await screen.findByRole('list', { name: 'Valgte CPV-koder' })).toHaveTextContent(
        '72000000-5 IT-tjenester',
      );
      await user.click(screen.getByRole('button', { name: 'Fjern 72000000-5 IT-tjenester' }));
      await user.click(screen.getByRole('button', { name: 'Bla i CPV-hovedgrupper' }));
      await user.click(
        await screen.findByRole('button', { name: 'Velg 45000000-7 Bygge- og anleggsarbeid' }),
      );
      await user.click(screen.getByRole('checkbox', { name: 'Oslo' }));
      await user.click(screen.getByRole('checkbox', { name: 'Vestland' }));
      await user.click(screen.getByRole('checkbox', { name: 'Markedsdialog' }));
      await user.click(screen.getByRole('button', { name: 'Lagre endringene' }));
      return user;
    }

    it('changes the CPV divisions, counties and procedures, keeping the rest of the search', async () => {
      const result = jest.fn(() => ({
        data: {
          updateSavedSearch: { ...helse, ...input, serviceAreas: [], procedures: ['MARKET_DIALOGUE'] },
        },
      }));
      renderPage([listMock([helse]), tree, updateMock(result)]);
      await changeEverything();
      await waitFor(() => expect(result).toHaveBeenCalled());
      expect(await screen.findByText('Endringene i «Helse i Vestland» er lagret.')).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Lagre endringene' })).toBeNull();
      const edited = card('Helse i Vestland');
      await waitFor(() => expect(edited).toHaveTextContent('FylkeVestland'));
      expect(edited).toHaveTextContent('ProsedyreMarkedsdialog');
      expect(screen.getByRole('button', { name: 'Endre Helse i Vestland' })).toHaveFocus();
    });

    it('shows the api refusal beside the field and keeps the form open', async () => {
      const result = jest.fn(() => ({
        errors: [
          {
            message: 'cpvDivisions must be two digits',
            extensions: {
              code: 'BAD_USER_INPUT',
              reason: 'MALFORMED_CPV_DIVISION',
              field: 'cpvDivisions',
              params: { value: '4' },
            },
          },
        ],
      }));
      renderPage([listMock([helse]), tree, updateMock(result)]);
      await changeEverything();
      await waitFor(() => expect(result).toHaveBeenCalled());
      expect(await screen.findAllByText(/er ikke en CPV-hovedgruppe/)).not.toHaveLength(0);
      expect(screen.getByRole('button', { name: 'Lagre endringene' })).toBeInTheDocument();
    });
  });
});

// Keeps act() warnings from Designsystemet's custom elements out of the output.
afterEach(async () => {
  await act(async () => {});
});
