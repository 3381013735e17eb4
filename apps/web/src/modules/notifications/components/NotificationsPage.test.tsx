import { act, screen, within } from '@testing-library/react';
import { BERGEN_LEADER, renderWithApp } from '../../../test/render';
import { NotificationsQuery } from '../graphql/notifications';
import { NotificationsPage } from './NotificationsPage';

function notification(id: string, event: string, title: string, savedSearchId: string | null = null) {
  return {
    __typename: 'Notification',
    id,
    title,
    event,
    subjectKind: 'SOLUTION',
    subjectId: 'sol-1',
    savedSearchId,
    read: true,
    createdAt: '2026-11-25T10:00:00.000Z',
  };
}

describe('NotificationsPage', () => {
  it('links a saved-search match to its saved search as well as to what matched', async () => {
    renderWithApp(<NotificationsPage />, {
      viewer: BERGEN_LEADER,
      mocks: [
        {
          request: { query: NotificationsQuery },
          result: {
            data: {
              notifications: {
                __typename: 'NotificationPage',
                totalCount: 2,
                unreadCount: 0,
                items: [
                  notification('n-1', 'SAVED_SEARCH_MATCH', 'Nytt treff: Saksbehandlingsrobot', 'ss-1'),
                  notification('n-2', 'RESULTING_SOLUTION_LINKED', 'Anskaffelsen ga en løsning'),
                ],
              },
            },
          },
        },
      ] as never,
    });
    const match = (await screen.findByRole('link', { name: 'Nytt treff: Saksbehandlingsrobot' })).closest(
      'tr',
    ) as HTMLElement;
    expect(within(match).getByRole('link', { name: 'Gå til det lagrede søket' })).toHaveAttribute(
      'href',
      '/lagrede-sok#lagret-sok-ss-1',
    );
    const other = screen
      .getByRole('link', { name: 'Anskaffelsen ga en løsning' })
      .closest('tr') as HTMLElement;
    expect(within(other).queryByRole('link', { name: 'Gå til det lagrede søket' })).not.toBeInTheDocument();
  });
});

// Keeps act() warnings from Designsystemet's custom elements out of the output.
afterEach(async () => {
  await act(async () => {});
});
