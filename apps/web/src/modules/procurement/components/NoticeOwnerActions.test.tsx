import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BERGEN_LEADER, renderWithApp } from '../../../test/render';
import { CancelNoticeMutation, NoticeQuery } from '../graphql/procurement';
import { NoticePage } from './NoticePage';

function noticeData(buyerId = BERGEN_LEADER.organization.id) {
  return {
    __typename: 'ProcurementNotice',
    id: 'notice-1',
    title: 'Digital hjemmeoppfølging',
    description: 'Vi trenger sensorer.',
    procedure: 'INNOVATION_PARTNERSHIP',
    deadline: '2099-12-01T22:59:00.000Z',
    isOpen: true,
    cancelledAt: null,
    serviceArea: 'helse-og-omsorg',
    estimatedValueNok: null,
    cpvCodes: ['72000000-5'],
    buyer: { __typename: 'Organization', id: buyerId, name: 'Bergen kommune' },
    createdAt: '2026-11-01T10:00:00.000Z',
    externalUrl: null,
    cpvLabels: [
      { __typename: 'CpvCode', code: '72000000-5', labelNb: 'IT-tjenester', labelEn: 'IT services' },
    ],
    need: null,
    resultingSolution: null,
  };
}

function renderNotice(mocks: object[], buyerId?: string) {
  return renderWithApp(<NoticePage />, {
    mocks: [
      {
        request: { query: NoticeQuery, variables: { id: 'notice-1' } },
        result: { data: { procurementNotice: noticeData(buyerId) } },
      },
      ...mocks,
    ] as never,
    viewer: BERGEN_LEADER,
    url: '/anbud/notice-1',
    path: '/anbud/:id',
  });
}

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
});
