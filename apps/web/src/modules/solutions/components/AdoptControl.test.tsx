import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { adoption, solutionData } from '../../../test/fixtures';
import { BERGEN_LEADER, renderWithApp } from '../../../test/render';
import { AdoptSolutionMutation, SolutionQuery, WithdrawAdoptionMutation } from '../graphql/solution';
import { SolutionPage } from './SolutionPage';

const RESPONSE_DELAY_MS = 300;

function solutionMock(data = solutionData()) {
  return {
    request: { query: SolutionQuery, variables: { id: 'sol-1' } },
    result: { data: { solution: data } },
  };
}

function renderSolution(mocks: object[], viewer = BERGEN_LEADER) {
  return renderWithApp(<SolutionPage />, {
    mocks: mocks as never,
    viewer,
    url: '/losninger/sol-1',
    path: '/losninger/:id',
  });
}

const headline = () => screen.getByTestId('in-use-count');
const evaluating = () => screen.getByTestId('evaluating-count');

describe('AdoptControl', () => {
  it('raises the in-use headline at once when adopting, before the api answers', async () => {
    const ownAdoption = adoption('a-3', 'Bergen kommune', 'IN_USE');
    ownAdoption.organization.id = BERGEN_LEADER.organization.id;
    const adopted = solutionData({
      reuseCount: 3,
      inUseCount: 2,
      viewerAdoption: ownAdoption,
      adoptions: [...solutionData().adoptions, ownAdoption],
    });
    const adoptMock = {
      request: { query: AdoptSolutionMutation, variables: { solutionId: 'sol-1', stage: 'IN_USE' } },
      result: jest.fn(() => ({ data: { adoptSolution: { ...ownAdoption, solution: adopted } } })),
      delay: RESPONSE_DELAY_MS,
    };
    renderSolution([solutionMock(), adoptMock]);
    await screen.findByRole('heading', { level: 1, name: 'Saksbehandlingsrobot' });
    expect(headline()).toHaveTextContent('I bruk hos 1 kommune');
    expect(evaluating()).toHaveTextContent('vurderes av 1');

    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Hvor langt har dere kommet?'), 'IN_USE');
    await user.click(screen.getByRole('button', { name: 'Ta i bruk' }));

    expect(headline()).toHaveTextContent('I bruk hos 2 kommuner');
    expect(adoptMock.result).not.toHaveBeenCalled();
    const adopters = screen.getByRole('table');
    expect(within(adopters).getByText('Bergen kommune')).toBeInTheDocument();

    // Unavailable (aria-disabled, still focusable) while the adoption is saved, available after.
    const withdraw = screen.getByRole('button', { name: 'Trekk tilbake' });
    expect(withdraw).toHaveAttribute('aria-disabled', 'true');
    await waitFor(() => expect(withdraw).not.toHaveAttribute('aria-disabled'));
    expect(adoptMock.result).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Dere er registrert med status: I bruk.')).toBeInTheDocument();
    expect(headline()).toHaveTextContent('I bruk hos 2 kommuner');
    expect(evaluating()).toHaveTextContent('vurderes av 1');
  });

  it('keeps the focus on the button pressed with the keyboard while the api answers, and after', async () => {
    const ownAdoption = adoption('a-3', 'Bergen kommune', 'PILOTING');
    ownAdoption.organization.id = BERGEN_LEADER.organization.id;
    const adopted = solutionData({
      reuseCount: 3,
      viewerAdoption: ownAdoption,
      adoptions: [...solutionData().adoptions, ownAdoption],
    });
    const adoptMock = {
      request: { query: AdoptSolutionMutation, variables: { solutionId: 'sol-1', stage: 'PILOTING' } },
      result: jest.fn(() => ({ data: { adoptSolution: { ...ownAdoption, solution: adopted } } })),
      delay: RESPONSE_DELAY_MS,
    };
    renderSolution([solutionMock(), adoptMock]);
    await screen.findByRole('heading', { level: 1 });
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Hvor langt har dere kommet?'), 'PILOTING');
    await user.tab();
    const button = screen.getByRole('button', { name: 'Ta i bruk' });
    expect(button).toHaveFocus();

    await user.keyboard('{Enter}');
    // Pending: the same button, now "save stage", keeps the focus and is announced as busy.
    expect(adoptMock.result).not.toHaveBeenCalled();
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(button).toHaveAccessibleName('Lagre status');
    await user.keyboard('{Enter}');

    await waitFor(() => expect(button).not.toHaveAttribute('aria-busy'));
    expect(adoptMock.result).toHaveBeenCalledTimes(1);
    expect(button).toHaveFocus();
    // The stage is saved, so there is nothing to save until it is changed.
    expect(button).toHaveAttribute('aria-disabled', 'true');
  });

  it('lowers the in-use headline at once when withdrawing', async () => {
    const own = { ...adoption('a-3', 'Bergen kommune', 'IN_USE') };
    own.organization.id = BERGEN_LEADER.organization.id;
    const data = solutionData({
      reuseCount: 3,
      inUseCount: 2,
      viewerAdoption: own,
      adoptions: [...solutionData().adoptions, own],
    });
    const withdrawMock = {
      request: { query: WithdrawAdoptionMutation, variables: { solutionId: 'sol-1' } },
      result: { data: { withdrawAdoption: true } },
      delay: RESPONSE_DELAY_MS,
    };
    renderSolution([solutionMock(data), withdrawMock]);
    await screen.findByRole('heading', { level: 1 });
    expect(headline()).toHaveTextContent('I bruk hos 2 kommuner');

    await userEvent.setup().click(screen.getByRole('button', { name: 'Trekk tilbake' }));

    expect(headline()).toHaveTextContent('I bruk hos 1 kommune');
    expect(await screen.findByRole('button', { name: 'Ta i bruk' })).toBeInTheDocument();
    expect(within(screen.getByRole('table')).queryByText('Bergen kommune')).not.toBeInTheDocument();
  });

  it('moves the focus to the adopt button when withdrawing removes the withdraw button', async () => {
    const own = { ...adoption('a-3', 'Bergen kommune', 'IN_USE') };
    own.organization.id = BERGEN_LEADER.organization.id;
    const data = solutionData({
      reuseCount: 3,
      viewerAdoption: own,
      adoptions: [...solutionData().adoptions, own],
    });
    renderSolution([
      solutionMock(data),
      {
        request: { query: WithdrawAdoptionMutation, variables: { solutionId: 'sol-1' } },
        result: { data: { withdrawAdoption: true } },
        delay: RESPONSE_DELAY_MS,
      },
    ]);
    await screen.findByRole('heading', { level: 1 });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Trekk tilbake' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Ta i bruk' })).toHaveFocus());
  });

  it('puts the counter back and says why when the api refuses', async () => {
    const refused = {
      request: { query: AdoptSolutionMutation, variables: { solutionId: 'sol-1', stage: 'EVALUATING' } },
      result: {
        errors: [
          new GraphQLError('Only published solutions can be adopted', {
            extensions: { code: 'BAD_USER_INPUT', reason: 'SOLUTION_NOT_PUBLISHED', field: 'solutionId' },
          }),
        ],
      },
      delay: 50,
    };
    renderSolution([solutionMock(), refused]);
    await screen.findByRole('heading', { level: 1 });

    await userEvent.setup().click(screen.getByRole('button', { name: 'Ta i bruk' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Bare publiserte løsninger kan tas i bruk.');
    expect(evaluating()).toHaveTextContent('vurderes av 1');
  });

  it('offers a login link, not the buttons, to someone not logged in', async () => {
    renderSolution([solutionMock()], null as never);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByRole('link', { name: /Logg inn for å registrere/ })).toHaveAttribute(
      'href',
      '/logg-inn?neste=%2Flosninger%2Fsol-1',
    );
    expect(screen.queryByRole('button', { name: 'Ta i bruk' })).not.toBeInTheDocument();
  });

  it('does not let the owner adopt its own solution', async () => {
    renderSolution([solutionMock(solutionData({ viewerCanEdit: true }))]);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByText('Dette er organisasjonens egen løsning.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ta i bruk' })).not.toBeInTheDocument();
  });
});

// Keeps act() warnings from Designsystemet's custom elements out of the output.
afterEach(async () => {
  await act(async () => {});
});
