import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { needData } from '../../../test/needs';
import { BERGEN_LEADER, renderWithApp } from '../../../test/render';
import { ChangeNeedStatusMutation } from '../graphql/needs';
import { NeedOwnerActions } from './NeedOwnerActions';

const owned = (overrides: Parameters<typeof needData>[0]) =>
  needData({ viewerCanEdit: true, status: 'IN_PROCUREMENT', ...overrides });

describe('NeedOwnerActions', () => {
  it('offers exactly the next statuses the api names, and sends the chosen one', async () => {
    const changed = jest.fn(() => ({
      data: {
        changeNeedStatus: { __typename: 'Need', id: 'need-1', status: 'CLOSED', nextStatuses: [] },
      },
    }));
    renderWithApp(<NeedOwnerActions need={owned({ nextStatuses: ['CLOSED'] })} />, {
      viewer: BERGEN_LEADER,
      mocks: [
        {
          request: { query: ChangeNeedStatusMutation, variables: { id: 'need-1', status: 'CLOSED' } },
          result: changed,
        },
      ],
    });
    const select = screen.getByLabelText('Ny status');
    const options = within(select)
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(options.slice(1)).toEqual(['Lukket']);

    const user = userEvent.setup();
    await user.selectOptions(select, 'CLOSED');
    await user.click(screen.getByRole('button', { name: 'Endre status' }));
    await waitFor(() => expect(changed).toHaveBeenCalledTimes(1));
  });

  it('offers no status change when the api names none', () => {
    renderWithApp(<NeedOwnerActions need={owned({ status: 'SOLVED', nextStatuses: [] })} />, {
      viewer: BERGEN_LEADER,
    });
    expect(screen.getByRole('link', { name: 'Rediger behovet' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Ny status')).not.toBeInTheDocument();
  });
});
