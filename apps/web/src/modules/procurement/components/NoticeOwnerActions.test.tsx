import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BERGEN_LEADER } from '../../../test/render';
import {
  CancelNoticeMutation,
  LinkResultingSolutionMutation,
  PublishedSolutionsOfQuery,
} from '../graphql/procurement';
import { renderNotice } from './notice-test-data';

describe('NoticeOwnerActions', () => {
  it('cancels the notice only after the buyer confirms', async () => {
    const cancel = jest.fn(() => ({
      data: {
        cancelProcurementNotice: {
          __typename: 'ProcurementNotice',
          id: 'notice-1',
          cancelledAt: '2026-11-25T12:00:00.000Z',
          isOpen: false,
        },
      },
    }));
    renderNotice([
      { request: { query: CancelNoticeMutation, variables: { id: 'notice-1' } }, result: cancel },
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Avlys anbudet' }));

    expect(screen.getByText(/Vil du avlyse anbudet\?/)).toHaveFocus();
    expect(cancel).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Ja, avlys' }));

    await waitFor(() => expect(cancel).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Avlyst')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1, name: 'Digital hjemmeoppfølging' })).toHaveFocus(),
    );
    expect(screen.queryByRole('link', { name: 'Rediger anbudet' })).not.toBeInTheDocument();
  });

  it('keeps the notice and returns focus when the buyer says no', async () => {
    renderNotice([]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Avlys anbudet' }));
    await user.click(screen.getByRole('button', { name: 'Nei, behold' }));

    await waitFor(() => expect(screen.getByRole('button', { name: 'Avlys anbudet' })).toHaveFocus());
    expect(screen.getByText('Åpent')).toBeInTheDocument();
  });

  it('shows no buyer controls to another organisation', async () => {
    renderNotice([], 'org-oslo');
    expect(await screen.findByRole('heading', { name: 'Digital hjemmeoppfølging' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Avlys anbudet' })).not.toBeInTheDocument();
  });

  it('links a published solution as the result once the deadline has passed', async () => {
    const solution = { __typename: 'Solution', id: 'sol-9', title: 'Sensorplattform', reuseCount: 0 };
    const link = jest.fn(() => ({
      data: {
        linkResultingSolution: {
          __typename: 'ProcurementNotice',
          id: 'notice-1',
          resultingSolution: solution,
        },
      },
    }));
    renderNotice(
      [
        {
          request: {
            query: PublishedSolutionsOfQuery,
            variables: { ownerId: BERGEN_LEADER.organization.id },
          },
          result: { data: { solutions: { __typename: 'SolutionPage', items: [solution] } } },
        },
        {
          request: {
            query: LinkResultingSolutionMutation,
            variables: { noticeId: 'notice-1', solutionId: 'sol-9' },
          },
          result: link,
        },
      ],
      undefined,
      { isOpen: false, deadline: '2020-01-01T22:59:00.000Z' },
    );
    const user = userEvent.setup();
    const select = await screen.findByLabelText('Løsningen anskaffelsen ga');
    await screen.findByRole('option', { name: 'Sensorplattform' });
    expect(screen.getByRole('button', { name: 'Knytt løsningen til anbudet' })).toBeDisabled();
    await user.selectOptions(select, 'sol-9');
    await user.click(screen.getByRole('button', { name: 'Knytt løsningen til anbudet' }));

    await waitFor(() => expect(link).toHaveBeenCalledTimes(1));
    expect(await screen.findByRole('link', { name: 'Sensorplattform' })).toHaveAttribute(
      'href',
      '/losninger/sol-9',
    );
  });

  it('offers no link to a result while the notice is open', async () => {
    renderNotice([]);
    await screen.findByRole('button', { name: 'Avlys anbudet' });
    expect(screen.queryByLabelText('Løsningen anskaffelsen ga')).not.toBeInTheDocument();
  });
});
