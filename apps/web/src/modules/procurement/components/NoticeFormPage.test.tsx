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
    questionDeadline: null,
    contact: null,
    links: [],
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
            questionDeadline: null,
            contact: null,
            links: [],
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

    const message = 'Tilbudsfristen må være fram i tid.';
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

  it('sends the question deadline, contact and document links, naming the field of a link the api refuses', async () => {
    const QUESTIONS = osloToIso('2026-11-20', '09:30');
    const update = jest.fn(() => ({
      errors: [
        new GraphQLError('links.0.url must be an http(s) address', {
          extensions: { code: 'BAD_USER_INPUT', reason: 'NOT_AN_HTTP_URL', field: 'links.0.url' },
        }),
      ],
    }));
    const updateMock = {
      request: {
        query: UpdateNoticeMutation,
        variables: {
          id: 'notice-1',
          input: {
            title: 'Digital hjemmeoppfølging',
            description: 'Vi trenger sensorer.',
            procedure: 'INNOVATION_PARTNERSHIP',
            cpvCodes: ['72000000-5'],
            deadline: DEADLINE,
            questionDeadline: QUESTIONS,
            contact: { name: 'Kari Innkjøp', email: 'kari@bergen.test', role: null, phone: null },
            links: [{ label: 'Konkurransegrunnlag', url: 'ftp://bergen.test/kgv.pdf' }],
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
    const date = await screen.findByLabelText('Dato for spørsmålsfrist');
    await user.type(date, '2026-11-20');
    const time = screen.getByLabelText('Klokkeslett for spørsmålsfrist');
    await user.clear(time);
    await user.type(time, '09:30');
    await user.type(screen.getByLabelText('Navn på kontaktperson'), 'Kari Innkjøp');
    await user.type(screen.getByLabelText('E-post til kontaktperson'), 'kari@bergen.test');
    await user.click(screen.getByRole('button', { name: 'Legg til dokument' }));
    await user.type(screen.getByLabelText('Navn på dokument 1'), 'Konkurransegrunnlag');
    await user.type(screen.getByLabelText('Adresse til dokument 1'), 'ftp://bergen.test/kgv.pdf');
    await user.click(screen.getByRole('button', { name: 'Lagre endringer' }));

    const url = screen.getByLabelText('Adresse til dokument 1');
    await waitFor(() => expect(url).toHaveAttribute('aria-invalid', 'true'));
    expect(update).toHaveBeenCalled();
    expect(url.closest('ds-field')).toHaveTextContent(
      'Adressen til dokument 1 må være en lenke som starter med http:// eller https://.',
    );
  });

  it('asks for the contact’s e-mail once a contact name is given, without sending', async () => {
    renderEdit([noticeMock(), myNeedsMock]);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Navn på kontaktperson'), 'Kari Innkjøp');
    await user.click(screen.getByRole('button', { name: 'Lagre endringer' }));
    const email = screen.getByLabelText('E-post til kontaktperson');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email.closest('ds-field')).toHaveTextContent('Fyll ut kontaktpersonens e-postadresse.');
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
