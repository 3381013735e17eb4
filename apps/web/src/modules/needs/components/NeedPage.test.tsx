import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { needData, needResponse, organization } from '../../../test/needs';
import { BERGEN_LEADER, renderWithApp } from '../../../test/render';
import type { Viewer } from '../../auth/hooks/SessionProvider';
import {
  AcceptNeedPartnerMutation,
  JoinNeedMutation,
  NeedCostSharesQuery,
  NeedQuery,
} from '../graphql/needs';
import { NeedPage } from './NeedPage';

const OSLO = organization('org-oslo', 'Oslo kommune');
const TRONDHEIM = organization('org-trondheim', 'Trondheim kommune');
const TRONDHEIM_USER: Viewer = {
  ...BERGEN_LEADER,
  id: 'u-3',
  organization: { ...TRONDHEIM, kind: 'MUNICIPALITY' },
};

function needMock(overrides: Parameters<typeof needData>[0], responses = [needResponse('SUBMITTED')]) {
  const need = needData({
    participants: [OSLO, TRONDHEIM],
    partners: [OSLO],
    responseCount: 1,
    ...overrides,
  });
  return {
    request: { query: NeedQuery, variables: { id: 'need-1' } },
    result: { data: { need, needResponses: responses } },
  };
}

/** The owner and partners of a need with partners also see the cost shares, which are not under test here. */
const costShares = {
  request: { query: NeedCostSharesQuery, variables: { id: 'need-1', totalNok: null } },
  result: { data: { need: { __typename: 'Need', id: 'need-1', costShares: [] } } },
};

const renderNeedPage = (viewer: Viewer, mocks: object[]) =>
  renderWithApp(<NeedPage />, {
    viewer,
    mocks: [...mocks, costShares] as never,
    url: '/behov/need-1',
    path: '/behov/:id',
  });

describe('NeedPage: partners', () => {
  it('lets the owner accept a joined organisation as a partner, keeping the focus on the button', async () => {
    const accept = jest.fn(() => ({
      data: { acceptNeedPartner: { __typename: 'Need', id: 'need-1', partners: [OSLO, TRONDHEIM] } },
    }));
    const accepted = {
      request: {
        query: AcceptNeedPartnerMutation,
        variables: { needId: 'need-1', organizationId: 'org-trondheim' },
      },
      result: accept,
      delay: 200,
    };
    renderNeedPage(BERGEN_LEADER, [needMock({ viewerCanEdit: true, viewerRole: 'OWNER' }), accepted]);
    const participants = within(await screen.findByRole('region', { name: 'Hvem har behovet' }));
    expect(participants.getByText('Oslo kommune (partner)')).toBeInTheDocument();
    expect(participants.getByRole('button', { name: 'Fjern som partner Oslo kommune' })).toBeInTheDocument();
    expect(participants.getByText(/^De som har samme behov, ser ikke svarene/)).toBeInTheDocument();

    const button = participants.getByRole('button', { name: 'Godta som partner Trondheim kommune' });
    const user = userEvent.setup();
    button.focus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-busy', 'true');
    await waitFor(() => expect(button).toHaveAccessibleName('Fjern som partner Trondheim kommune'));
    expect(button).toHaveFocus();
    expect(participants.getByText('Trondheim kommune (partner)')).toBeInTheDocument();
    expect(accept).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Vi oversetter til 40 språk.')).toBeInTheDocument();
  });

  it('shows an organisation that only joined who the partners are, no partner buttons and no answers', async () => {
    renderNeedPage(TRONDHEIM_USER, [needMock({ viewerRole: 'PARTICIPANT', viewerHasJoined: true }, [])]);
    const participants = within(await screen.findByRole('region', { name: 'Hvem har behovet' }));
    expect(participants.getByText('Oslo kommune (partner)')).toBeInTheDocument();
    expect(participants.queryByRole('button', { name: /partner/ })).not.toBeInTheDocument();
    expect(participants.getByRole('button', { name: 'Vi har ikke lenger behovet' })).toBeInTheDocument();
    expect(screen.getByText(/^Svarene fra leverandørene er fortrolige/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Kunngjør et anbud' })).not.toBeInTheDocument();
  });

  it('reads the answers again after Vi har samme behov, so their count and list agree', async () => {
    // Joining is idempotent: from a page loaded before the organisation joined and was accepted, it
    // answers PARTNER, and the partner may read answers the page did not load.
    const joined = {
      request: { query: JoinNeedMutation, variables: { needId: 'need-1' } },
      result: {
        data: {
          joinNeed: {
            __typename: 'Need',
            id: 'need-1',
            viewerHasJoined: true,
            viewerRole: 'PARTNER',
            participants: [OSLO, TRONDHEIM],
            partners: [OSLO, TRONDHEIM],
          },
        },
      },
    };
    renderNeedPage(TRONDHEIM_USER, [
      needMock({ viewerRole: 'NONE', viewerHasJoined: false, participants: [OSLO] }, []),
      joined,
      needMock({ viewerRole: 'PARTNER', viewerHasJoined: true, partners: [OSLO, TRONDHEIM] }),
    ]);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Vi har samme behov' }));

    const answers = within(screen.getByRole('region', { name: 'Svar fra leverandører (1)' }));
    await waitFor(() => expect(answers.getAllByRole('listitem')).toHaveLength(1));
    expect(answers.queryByText('Ingen leverandører har svart ennå.')).not.toBeInTheDocument();
  });

  it('lets a partner post a tender for the need', async () => {
    renderNeedPage(TRONDHEIM_USER, [
      needMock({ viewerRole: 'PARTNER', viewerHasJoined: true, partners: [OSLO, TRONDHEIM] }),
    ]);
    expect(await screen.findByRole('link', { name: 'Kunngjør et anbud' })).toHaveAttribute(
      'href',
      '/anbud/ny?behov=need-1',
    );
    expect(screen.getByText('Vi oversetter til 40 språk.')).toBeInTheDocument();
  });
});

describe('NeedPage: contact person', () => {
  const STARTUP_USER: Viewer = {
    ...BERGEN_LEADER,
    id: 'u-2',
    organization: { __typename: 'Organization', id: 'org-startup', name: 'Fjordkode AS', kind: 'COMPANY' },
    can: { ...BERGEN_LEADER.can, postNeeds: false, joinNeeds: false, answerNeeds: true },
  };
  const contact = {
    __typename: 'ContactPerson' as const,
    name: 'Kari Nordmann',
    role: 'Digitaliseringsleder',
    email: 'leder@bergen.test',
    phone: null,
  };

  it('shows a shortlisted startup whom to call, with a mail link naming the need', async () => {
    renderNeedPage(STARTUP_USER, [needMock({ contact }, [needResponse('SHORTLISTED')])]);
    const section = within(await screen.findByRole('region', { name: 'Kontaktperson' }));
    expect(section.getByText(/^Svaret deres står på kortlisten/)).toBeInTheDocument();
    expect(section.getByText(/Kari Nordmann \(Digitaliseringsleder\)/)).toBeInTheDocument();
    expect(section.getByRole('link', { name: 'Send e-post til Kari Nordmann' })).toHaveAttribute(
      'href',
      `mailto:leder@bergen.test?subject=${encodeURIComponent('Automatisk oversetting')}`,
    );
  });

  it('shows no contact section when the api gives no contact', async () => {
    renderNeedPage(STARTUP_USER, [needMock({ contact: null }, [needResponse('SUBMITTED')])]);
    expect(await screen.findByRole('heading', { name: /Svar fra leverandører/ })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Kontaktperson' })).not.toBeInTheDocument();
  });
});
