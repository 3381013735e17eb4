import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { useState } from 'react';
import { solutionData } from '../../../test/fixtures';
import { BERGEN_LEADER, renderWithApp } from '../../../test/render';
import { SolutionPage } from '../../solutions/components/SolutionPage';
import {
  FollowSolutionMutation,
  SolutionQuery,
  UnfollowSolutionMutation,
} from '../../solutions/graphql/solution';
import { FollowToggle } from './FollowToggle';

function Standalone({ onChange }: { onChange(follow: boolean): Promise<unknown> }) {
  const [following, setFollowing] = useState(false);
  return (
    <FollowToggle
      following={following}
      label="Følg behovet"
      onChange={(on) => onChange(on).then(() => setFollowing(on))}
    />
  );
}

describe('FollowToggle', () => {
  it('is a toggle button whose pressed state changes while its label stays', async () => {
    const onChange = jest.fn(() => Promise.resolve());
    renderWithApp(<Standalone onChange={onChange} />);
    const button = await screen.findByRole('button', { name: 'Følg behovet' });
    expect(button).toHaveAttribute('aria-pressed', 'false');

    const user = userEvent.setup();
    await user.click(button);
    expect(onChange).toHaveBeenLastCalledWith(true);
    const pressed = await screen.findByRole('button', { name: 'Følg behovet', pressed: true });
    expect(pressed).toHaveFocus();

    await user.click(pressed);
    expect(onChange).toHaveBeenLastCalledWith(false);
    expect(await screen.findByRole('button', { name: 'Følg behovet' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('keeps its state and says why when the api refuses', async () => {
    const onChange = jest.fn(() => Promise.reject(new Error('offline')));
    renderWithApp(<Standalone onChange={onChange} />);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Følg behovet' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Følg behovet' })).toHaveAttribute('aria-pressed', 'false');
  });
});

describe('following a solution', () => {
  const solutionMock = (viewerFollows: boolean) => ({
    request: { query: SolutionQuery, variables: { id: 'sol-1' } },
    result: { data: { solution: solutionData({ viewerFollows }) } },
  });
  const renderSolution = (mocks: object[], viewer = BERGEN_LEADER) =>
    renderWithApp(<SolutionPage />, {
      mocks: mocks as never,
      viewer,
      url: '/losninger/sol-1',
      path: '/losninger/:id',
    });

  it('follows and unfollows the solution', async () => {
    const follow = jest.fn(() => ({ data: { followSolution: true } }));
    const unfollow = jest.fn(() => ({ data: { unfollowSolution: true } }));
    renderSolution([
      solutionMock(false),
      { request: { query: FollowSolutionMutation, variables: { solutionId: 'sol-1' } }, result: follow },
      { request: { query: UnfollowSolutionMutation, variables: { solutionId: 'sol-1' } }, result: unfollow },
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Følg løsningen', pressed: false }));
    expect(await screen.findByRole('button', { name: 'Følg løsningen', pressed: true })).toBeInTheDocument();
    expect(follow).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole('button', { name: 'Følg løsningen' }));
    await waitFor(() => expect(unfollow).toHaveBeenCalledTimes(1));
    expect(await screen.findByRole('button', { name: 'Følg løsningen', pressed: false })).toBeInTheDocument();
  });

  it('shows the followed state the api reports', async () => {
    renderSolution([solutionMock(true)]);
    expect(await screen.findByRole('button', { name: 'Følg løsningen', pressed: true })).toBeInTheDocument();
  });

  it('explains a refusal beside the toggle', async () => {
    renderSolution([
      solutionMock(false),
      {
        request: { query: FollowSolutionMutation, variables: { solutionId: 'sol-1' } },
        result: {
          errors: [
            new GraphQLError('Solution not found', {
              extensions: { code: 'NOT_FOUND', reason: 'NOT_FOUND' },
            }),
          ],
        },
      },
    ]);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Følg løsningen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Fant ikke');
    expect(screen.getByRole('button', { name: 'Følg løsningen' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('is not offered to someone not logged in', async () => {
    renderSolution([solutionMock(false)], null as never);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('button', { name: 'Følg løsningen' })).not.toBeInTheDocument();
  });
});

// Keeps act() warnings from Designsystemet's custom elements out of the output.
afterEach(async () => {
  await act(async () => {});
});
