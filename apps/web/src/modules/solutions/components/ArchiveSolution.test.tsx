import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { adoption, solutionData } from '../../../test/fixtures';
import { BERGEN_LEADER, renderWithApp } from '../../../test/render';
import { ArchiveSolutionMutation, SolutionQuery } from '../graphql/solution';
import { type ArchivableSolution, ArchiveSolution } from './ArchiveSolution';
import { SolutionPage } from './SolutionPage';

const SOLUTION: ArchivableSolution = { id: 'sol-1', title: 'Saksbehandlingsrobot', adopterCount: 2 };

function renderArchive(solution = SOLUTION) {
  const archived = jest.fn(() => ({
    data: { archiveSolution: { ...solutionData(), status: 'ARCHIVED' } },
  }));
  const onArchived = jest.fn();
  renderWithApp(<ArchiveSolution solution={solution} refetchQueries={[]} onArchived={onArchived} />, {
    mocks: [{ request: { query: ArchiveSolutionMutation, variables: { id: 'sol-1' } }, result: archived }],
    viewer: BERGEN_LEADER,
  });
  return { archived, onArchived, user: userEvent.setup() };
}

const openButton = () => screen.getByRole('button', { name: 'Arkiver løsningen' });

describe('ArchiveSolution', () => {
  it('asks first, in a dialog that says how many organisations use the solution and that they will be told', async () => {
    const { archived, user } = renderArchive();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(openButton());

    const dialog = screen.getByRole('dialog', { name: 'Arkivere «Saksbehandlingsrobot»?' });
    expect(dialog).toHaveAccessibleDescription(expect.stringContaining('2 organisasjoner bruker løsningen.'));
    expect(within(dialog).getByTestId('archive-adopters')).toHaveTextContent(
      'De får beskjed om at løsningen er arkivert',
    );
    expect(within(dialog).getByRole('button', { name: 'Avbryt' })).toHaveFocus();
    expect(archived).not.toHaveBeenCalled();
  });

  it('archives nothing on "Avbryt" and gives the focus back to the button', async () => {
    const { archived, onArchived, user } = renderArchive();
    await user.click(openButton());
    await user.click(screen.getByRole('button', { name: 'Avbryt' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(openButton()).toHaveFocus());
    expect(archived).not.toHaveBeenCalled();
    expect(onArchived).not.toHaveBeenCalled();
  });

  it('archives once confirmed, and closes', async () => {
    const { archived, onArchived, user } = renderArchive();
    await user.click(openButton());
    await user.click(screen.getByRole('button', { name: 'Ja, arkiver løsningen' }));

    await waitFor(() => expect(onArchived).toHaveBeenCalledTimes(1));
    expect(archived).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('speaks of one organisation in the singular', async () => {
    const { user } = renderArchive({ ...SOLUTION, adopterCount: 1 });
    await user.click(openButton());
    expect(screen.getByTestId('archive-adopters')).toHaveTextContent(
      '1 organisasjon bruker løsningen. Den får beskjed',
    );
  });

  it('says so when no organisation uses it', async () => {
    const { user } = renderArchive({ ...SOLUTION, adopterCount: 0 });
    await user.click(openButton());
    expect(screen.getByTestId('archive-adopters')).toHaveTextContent(
      'Ingen organisasjoner bruker løsningen nå.',
    );
  });
});

describe('an archived solution’s page', () => {
  const archivedPage = (viewerAdoption: ReturnType<typeof adoption> | null) => {
    renderWithApp(<SolutionPage />, {
      mocks: [
        {
          request: { query: SolutionQuery, variables: { id: 'sol-1' } },
          result: { data: { solution: solutionData({ status: 'ARCHIVED', viewerAdoption }) } },
        },
      ],
      viewer: BERGEN_LEADER,
      url: '/losninger/sol-1',
      path: '/losninger/:id',
    });
  };

  it('lets an organisation that uses it change its stage or withdraw', async () => {
    const own = adoption('a-3', 'Bergen kommune', 'IN_USE');
    own.organization.id = BERGEN_LEADER.organization.id;
    archivedPage(own);
    expect(await screen.findByText(/Dere kan fortsatt endre statusen deres/)).toBeInTheDocument();
    expect(screen.getByText('Arkivert')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Lagre status' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Trekk tilbake' })).toBeInTheDocument();
  });

  it('offers nobody else to adopt it', async () => {
    archivedPage(null);
    expect(await screen.findByText(/kan ikke tas i bruk på nytt/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ta i bruk' })).not.toBeInTheDocument();
  });
});
