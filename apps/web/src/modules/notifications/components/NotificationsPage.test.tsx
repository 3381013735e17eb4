import { act, screen, within } from '@testing-library/react';
import type { Language } from '../../../i18n/language';
import { BERGEN_LEADER, renderWithApp } from '../../../test/render';
import { NotificationsQuery } from '../graphql/notifications';
import { NotificationsPage } from './NotificationsPage';

interface Fields {
  event: string;
  subjectKind: string;
  subjectTitle: string;
  noticeTitle?: string | null;
  responseStatus?: string | null;
  savedSearchId?: string | null;
}

function notification(id: string, fields: Fields) {
  return {
    __typename: 'Notification',
    id,
    subjectId: `${id}-subject`,
    noticeTitle: null,
    responseStatus: null,
    savedSearchId: null,
    read: true,
    createdAt: '2026-11-25T10:00:00.000Z',
    ...fields,
  };
}

const ITEMS = [
  notification('n-1', {
    event: 'SAVED_SEARCH_MATCH',
    subjectKind: 'SOLUTION',
    subjectTitle: 'Saksbehandlingsrobot',
    savedSearchId: 'ss-1',
  }),
  notification('n-2', {
    event: 'RESULTING_SOLUTION_LINKED',
    subjectKind: 'SOLUTION',
    subjectTitle: 'Lekkasjevarsling',
    noticeTitle: 'Smart vann',
  }),
  notification('n-3', {
    event: 'NEED_RESPONSE_STATUS',
    subjectKind: 'NEED',
    subjectTitle: 'Digital innbyggerdialog',
    responseStatus: 'SHORTLISTED',
  }),
  notification('n-4', {
    event: 'RESULTING_SOLUTION_LINKED',
    subjectKind: 'PROCUREMENT_NOTICE',
    subjectTitle: 'Smart vann',
    noticeTitle: 'Smart vann',
  }),
];

function renderPage(language: Language = 'nb') {
  renderWithApp(<NotificationsPage />, {
    viewer: BERGEN_LEADER,
    language,
    mocks: [
      {
        request: { query: NotificationsQuery },
        result: {
          data: {
            notifications: { __typename: 'NotificationPage', totalCount: 4, unreadCount: 0, items: ITEMS },
          },
        },
      },
    ] as never,
  });
}

describe('NotificationsPage', () => {
  it('links a saved-search match to its saved search as well as to what matched', async () => {
    renderPage();
    const match = (await screen.findByRole('link', { name: 'Ny løsning: Saksbehandlingsrobot' })).closest(
      'tr',
    ) as HTMLElement;
    expect(within(match).getByRole('link', { name: 'Gå til det lagrede søket' })).toHaveAttribute(
      'href',
      '/lagrede-sok#lagret-sok-ss-1',
    );
    const other = screen
      .getByRole('link', { name: 'Anskaffelsen «Smart vann» ga løsningen: Lekkasjevarsling' })
      .closest('tr') as HTMLElement;
    expect(within(other).queryByRole('link', { name: 'Gå til det lagrede søket' })).not.toBeInTheDocument();
  });

  it('renders each event from its params', async () => {
    renderPage('nb');
    await screen.findByRole('link', { name: 'Svaret ditt er satt på kortlisten: Digital innbyggerdialog' });
    expect(
      screen.getByRole('link', { name: 'Anskaffelsen for et behov du følger er avsluttet: Smart vann' }),
    ).toBeInTheDocument();
  });

  it('speaks English to an English reader', async () => {
    renderPage('en');
    await screen.findByRole('link', { name: 'New solution: Saksbehandlingsrobot' });
    for (const name of [
      'The procurement «Smart vann» produced the solution: Lekkasjevarsling',
      'Your answer was shortlisted: Digital innbyggerdialog',
      'The procurement for a need you follow has concluded: Smart vann',
    ])
      expect(screen.getByRole('link', { name })).toBeInTheDocument();
  });
});

// Keeps act() warnings from Designsystemet's custom elements out of the output.
afterEach(async () => {
  await act(async () => {});
});
