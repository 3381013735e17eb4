import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { needData, needResponse, organization } from '../../../test/needs';
import { BERGEN_LEADER, renderWithApp } from '../../../test/render';
import type { Viewer } from '../../auth/hooks/SessionProvider';
import { RespondToNeedMutation, SetNeedResponseStatusMutation } from '../graphql/needs';
import { NeedResponses } from './NeedResponses';

const STARTUP: Viewer = {
  ...BERGEN_LEADER,
  id: 'u-2',
  name: 'Ingrid Berg',
  organization: { __typename: 'Organization', id: 'org-startup', name: 'Fjordkode AS', kind: 'COMPANY' },
  can: {
    __typename: 'UserCapabilities',
    postNeeds: false,
    postNotices: false,
    joinNeeds: false,
    answerNeeds: true,
    addMembers: true,
  },
};

const need = needData;
const response = needResponse;
const TRONDHEIM: Viewer = {
  ...BERGEN_LEADER,
  id: 'u-3',
  organization: {
    __typename: 'Organization',
    id: 'org-trondheim',
    name: 'Trondheim kommune',
    kind: 'MUNICIPALITY',
  },
};

describe('NeedResponses', () => {
  it('lets a startup answer an open need', async () => {
    const sent = {
      request: {
        query: RespondToNeedMutation,
        variables: {
          needId: 'need-1',
          pitch: 'Vi oversetter til 40 språk.',
          contact: { name: 'Ingrid Berg', role: null, email: 'leder@bergen.test', phone: null },
        },
      },
      result: jest.fn(() => ({
        data: {
          respondToNeed: {
            ...response('SUBMITTED'),
            need: { __typename: 'Need', id: 'need-1', responseCount: 1 },
          },
        },
      })),
    };
    renderWithApp(<NeedResponses need={need()} responses={[]} />, { viewer: STARTUP, mocks: [sent] });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Ditt svar'), 'Vi oversetter til 40 språk.');
    await user.click(screen.getByRole('button', { name: 'Send svar' }));
    expect(await screen.findByText('Svaret er sendt. Kommunen får beskjed.')).toBeInTheDocument();
    expect(sent.result).toHaveBeenCalledTimes(1);
  });

  it('shows the api’s refusal beside the answer field', async () => {
    const refused = {
      request: {
        query: RespondToNeedMutation,
        variables: {
          needId: 'need-1',
          pitch: 'x',
          contact: { name: 'Ingrid Berg', role: null, email: 'leder@bergen.test', phone: null },
        },
      },
      result: {
        errors: [
          new GraphQLError('pitch must be at most 5000 characters', {
            extensions: { code: 'BAD_USER_INPUT', reason: 'TOO_LONG', field: 'pitch', params: { max: 5000 } },
          }),
        ],
      },
    };
    renderWithApp(<NeedResponses need={need()} responses={[]} />, { viewer: STARTUP, mocks: [refused] });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Ditt svar'), 'x');
    await user.click(screen.getByRole('button', { name: 'Send svar' }));
    const field = screen.getByLabelText('Ditt svar');
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(
      screen.getByRole('link', { name: /^Svaret ditt kan ha høyst 5\s000 tegn\.$/ }),
    ).toBeInTheDocument();
  });

  it('shows the owner every answer with shortlist and decline, and no answer form', () => {
    renderWithApp(
      <NeedResponses
        need={need({ viewerCanEdit: true, viewerRole: 'OWNER', responseCount: 1 })}
        responses={[response('SUBMITTED')]}
      />,
      {
        viewer: BERGEN_LEADER,
      },
    );
    expect(screen.getByText('Vi oversetter til 40 språk.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sett på kortlisten Fjordkode AS' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Avslå Fjordkode AS' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Ditt svar')).not.toBeInTheDocument();
  });

  it('shows a partner the owner accepted every answer with shortlist and decline', () => {
    renderWithApp(
      <NeedResponses
        need={need({ viewerRole: 'PARTNER', responseCount: 1 })}
        responses={[response('SUBMITTED')]}
      />,
      { viewer: TRONDHEIM },
    );
    expect(screen.getByText('Vi oversetter til 40 språk.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Avslå Fjordkode AS' })).toBeInTheDocument();
    expect(screen.queryByText(/fortrolige/)).not.toBeInTheDocument();
  });

  it('tells an organisation that only joined that the answers are confidential, and shows none of them', () => {
    const participants = [organization('org-trondheim', 'Trondheim kommune')];
    renderWithApp(
      <NeedResponses
        need={need({ viewerRole: 'PARTICIPANT', viewerHasJoined: true, participants, responseCount: 1 })}
        responses={[response('SUBMITTED')]}
      />,
      { viewer: TRONDHEIM },
    );
    expect(screen.getByRole('heading', { name: 'Svar fra leverandører (1)' })).toBeInTheDocument();
    expect(
      screen.getByText(
        /^Svarene fra leverandørene er fortrolige\. At dere har samme behov, gir ikke tilgang/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText('Vi oversetter til 40 språk.')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Avslå|Sett på kortlisten/ })).not.toBeInTheDocument();
  });

  it('tells other public bodies that the answers are confidential, and startups nothing of it', () => {
    const { unmount } = renderWithApp(<NeedResponses need={need()} responses={[]} />, { viewer: TRONDHEIM });
    expect(
      screen.getByText(/^Svarene fra leverandørene er fortrolige\. Bare den som meldte inn/),
    ).toBeInTheDocument();
    unmount();
    renderWithApp(<NeedResponses need={need()} responses={[]} />, { viewer: STARTUP });
    expect(screen.queryByText(/fortrolige/)).not.toBeInTheDocument();
  });

  it('keeps the focus on shortlist, pressed with the keyboard, while the change is saved', async () => {
    const shortlisted = {
      request: {
        query: SetNeedResponseStatusMutation,
        variables: { responseId: 'r-1', status: 'SHORTLISTED' },
      },
      result: jest.fn(() => ({
        data: { setNeedResponseStatus: { __typename: 'NeedResponse', id: 'r-1', status: 'SHORTLISTED' } },
      })),
      delay: 300,
    };
    renderWithApp(
      <NeedResponses
        need={need({ viewerCanEdit: true, viewerRole: 'OWNER', responseCount: 1 })}
        responses={[response('SUBMITTED')]}
      />,
      { viewer: BERGEN_LEADER, mocks: [shortlisted] },
    );
    const user = userEvent.setup();
    const shortlist = screen.getByRole('button', { name: 'Sett på kortlisten Fjordkode AS' });
    // Past the contact's e-mail and phone links.
    for (let step = 0; step < 3 && document.activeElement !== shortlist; step++) await user.tab();
    expect(shortlist).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(shortlist).toHaveFocus();
    expect(shortlist).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('button', { name: 'Avslå Fjordkode AS' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await user.keyboard('{Enter}');
    await waitFor(() => expect(shortlist).not.toHaveAttribute('aria-busy'));
    expect(shortlist).toHaveFocus();
    expect(shortlisted.result).toHaveBeenCalledTimes(1);
  });

  it('sends the contact person the startup names instead of itself', async () => {
    const contact = {
      name: 'Siri Salg',
      role: 'Salgssjef',
      email: 'siri@fjordkode.example',
      phone: '+47 99 88 77 66',
    };
    const sent = {
      request: { query: RespondToNeedMutation, variables: { needId: 'need-1', pitch: 'Vi kan.', contact } },
      result: jest.fn(() => ({
        data: {
          respondToNeed: {
            ...response('SUBMITTED'),
            need: { __typename: 'Need', id: 'need-1', responseCount: 1 },
          },
        },
      })),
    };
    renderWithApp(<NeedResponses need={need()} responses={[]} />, { viewer: STARTUP, mocks: [sent] });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Ditt svar'), 'Vi kan.');
    for (const [label, value] of [
      ['Navn på kontaktperson', contact.name],
      ['E-post til kontaktperson', contact.email],
    ]) {
      await user.clear(screen.getByLabelText(label));
      await user.type(screen.getByLabelText(label), value);
    }
    await user.type(screen.getByLabelText('Rolle'), contact.role);
    await user.type(screen.getByLabelText('Telefon'), contact.phone);
    await user.click(screen.getByRole('button', { name: 'Send svar' }));
    expect(await screen.findByText('Svaret er sendt. Kommunen får beskjed.')).toBeInTheDocument();
    expect(sent.result).toHaveBeenCalledTimes(1);
  });

  it('refuses a contact without an e-mail before sending, naming the field', async () => {
    renderWithApp(<NeedResponses need={need()} responses={[]} />, { viewer: STARTUP });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Ditt svar'), 'Vi kan.');
    await user.clear(screen.getByLabelText('E-post til kontaktperson'));
    await user.click(screen.getByRole('button', { name: 'Send svar' }));
    await waitFor(() =>
      expect(screen.getByLabelText('E-post til kontaktperson')).toHaveAttribute('aria-invalid', 'true'),
    );
    expect(screen.getByRole('link', { name: /kontaktpersonens e-postadresse/ })).toBeInTheDocument();
  });

  it('shows the owner whom to call about an answer, with a mail link naming the need', () => {
    renderWithApp(
      <NeedResponses
        need={need({ viewerCanEdit: true, viewerRole: 'OWNER', responseCount: 1 })}
        responses={[response('SUBMITTED')]}
      />,
      { viewer: BERGEN_LEADER },
    );
    expect(screen.getByText(/Ingrid Berg \(Daglig leder\)/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'ingrid@fjordkode.example' })).toHaveAttribute(
      'href',
      'mailto:ingrid@fjordkode.example',
    );
    expect(screen.getByRole('link', { name: 'tlf. +47 99 88 77 66' })).toHaveAttribute(
      'href',
      'tel:+4799887766',
    );
    expect(screen.getByRole('link', { name: 'Kontakt leverandøren Fjordkode AS' })).toHaveAttribute(
      'href',
      `mailto:ingrid@fjordkode.example?subject=${encodeURIComponent('Automatisk oversetting')}`,
    );
  });

  it('tells a startup when the need no longer takes answers', () => {
    renderWithApp(<NeedResponses need={need({ status: 'SOLVED' })} responses={[]} />, { viewer: STARTUP });
    expect(screen.getByText('Behovet tar ikke imot flere svar.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send svar' })).not.toBeInTheDocument();
  });
});
