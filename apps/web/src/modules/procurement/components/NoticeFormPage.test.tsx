import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { BERGEN_LEADER, renderWithApp } from '../../../test/render';
import { MyNeedsForNoticeQuery, NoticeForEditQuery, UpdateNoticeMutation } from '../graphql/procurement';
import { osloToIso } from '../oslo-time';
import { EditNoticePage } from './NoticeFormPage';

const DEADLINE = osloToIso('2026-12-01', '12:00');

function editableNotice(buyerId = BERGEN_LEADER.organization.id) {
  return {
    __typename: 'ProcurementNotice',
    id: 'notice-1',
    title: 'Digital hjemmeoppfølging',
    description: 'Vi trenger sensorer.',
    procedure: 'INNOVATION_PARTNERSHIP',
    deadline: DEADLINE,
    estimatedValueNok: 500000,
    externalUrl: null,
    serviceArea: 'helse-og-omsorg',
    cancelledAt: null,
    buyer: { __typename: 'Organization', id: buyerId },
    need: null,
    cpvLabels: [
      { __typename: 'CpvCode', code: '72000000-5', labelNb: 'IT-tjenester', labelEn: 'IT services' },
    ],
  };
}

const noticeMock = (notice = editableNotice()) => ({
  request: { query: NoticeForEditQuery, variables: { id: 'notice-1' } },
  result: { data: { procurementNotice: notice } },
});

const myNeedsMock = {
  request: { query: MyNeedsForNoticeQuery },
  result: { data: { myNeeds: { __typename: 'NeedPage', items: [] } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function renderEdit(mocks: object[]) {
  return renderWithApp(<EditNoticePage />, {
    mocks: mocks as never,
    viewer: BERGEN_LEADER,
    url: '/anbud/notice-1/rediger',
    path: '/anbud/:id/rediger',
  });
}

describe('EditNoticePage', () => {
  it('fills the form from the notice and shows the api’s field error beside the field', async () => {
    const update = jest.fn(() => ({
      errors: [
        new GraphQLError('deadline must be in the future', {
          extensions: { code: 'BAD_USER_INPUT', reason: 'DEADLINE_NOT_IN_FUTURE', field: 'deadline' },
        }),
      ],
    }));
    const updateMock = {
      request: {
        query: UpdateNoticeMutation,
        variables: {
          id: 'notice-1',
          input: {
            title: 'Digital hjemmeoppfølging 2',
            description: 'Vi trenger sensorer.',
            procedure: 'INNOVATION_PARTNERSHIP',
            cpvCodes: ['72000000-5'],
            deadline: DEADLINE,
            estimatedValueNok: 500000,
            externalUrl: null,
            needId: null,
            serviceArea: 'helse-og-omsorg',
          },
        },
      },
      result: update,
    };
    renderEdit([noticeMock(), myNeedsMock, updateMock]);
    const user = userEvent.setup();
    const title = await screen.findByLabelText('Tittel');
    expect(screen.getByLabelText('Tilbudsfrist')).toHaveValue('2026-12-01');
    expect(screen.getByLabelText('Klokkeslett (norsk tid)')).toHaveValue('12:00');
    await user.type(title, ' 2');
    await user.click(screen.getByRole('button', { name: 'Lagre endringer' }));

    const message = 'Tilbudsfrist må være fram i tid.';
    const deadline = screen.getByLabelText('Tilbudsfrist');
    await waitFor(() => expect(deadline).toHaveAttribute('aria-invalid', 'true'));
    expect(update).toHaveBeenCalled();
    expect(deadline.closest('ds-field')).toHaveTextContent(message);
    const summary = screen.getByRole('heading', {
      name: 'For å gå videre må du rette opp i dette:',
    }).parentElement;
    const link = within(summary as HTMLElement).getByRole('link', { name: message });
    await user.click(link);
    expect(deadline).toHaveFocus();
  });

  it('offers only needs the buyer owns or is a partner in, while they take notices', async () => {
    const need = (id: string, viewerRole: string, status = 'OPEN') => ({
      __typename: 'Need',
      id,
      title: `Behov ${id}`,
      status,
      viewerRole,
    });
    const needs = {
      ...myNeedsMock,
      result: {
        data: {
          myNeeds: {
            __typename: 'NeedPage',
            items: [
              need('eget', 'OWNER'),
              need('delt', 'PARTNER', 'IN_PROCUREMENT'),
              need('meldt', 'PARTICIPANT'),
              need('lost', 'OWNER', 'SOLVED'),
            ],
          },
        },
      },
    };
    renderEdit([noticeMock(), needs]);
    const select = await screen.findByLabelText('Behov');
    await waitFor(() => expect(within(select).getAllByRole('option')).toHaveLength(3));
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([expect.any(String), 'Behov eget', 'Behov delt']);
  });

  it('shows "not found" to a viewer outside the buying organisation', async () => {
    renderEdit([noticeMock(editableNotice('org-oslo')), myNeedsMock]);
    expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent('Rediger anbudet');
    expect(screen.queryByLabelText('Tittel')).not.toBeInTheDocument();
  });
});
