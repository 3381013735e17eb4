import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FollowNoticeMutation } from '../graphql/procurement';
import { renderNotice } from './notice-test-data';

describe('NoticePage', () => {
  it('shows the deadline with its time in Oslo, the question deadline, contact and documents', async () => {
    renderNotice([], 'another-org', {
      questionDeadline: '2099-11-20T11:00:00.000Z',
      contact: {
        __typename: 'ContactPerson',
        name: 'Kari Nordmann',
        role: 'Innkjøper',
        email: 'kari@bergen.no',
        phone: '+47 55 56 60 00',
      },
      links: [{ __typename: 'SolutionLink', label: 'Konkurransegrunnlag', url: 'https://doffin.no/d/1' }],
    });
    expect(await screen.findByTestId('deadline')).toHaveTextContent('kl. 23.59');
    expect(screen.getByText(/kl\. 12\.00/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Send e-post til Kari Nordmann' })).toHaveAttribute(
      'href',
      'mailto:kari@bergen.no',
    );
    expect(screen.getByRole('link', { name: 'Konkurransegrunnlag' })).toHaveAttribute(
      'href',
      'https://doffin.no/d/1',
    );
  });

  it('follows the notice with the Følg toggle', async () => {
    const follow = jest.fn(() => ({
      data: {
        followProcurementNotice: { __typename: 'ProcurementNotice', id: 'notice-1', viewerFollows: true },
      },
    }));
    renderNotice(
      [{ request: { query: FollowNoticeMutation, variables: { id: 'notice-1' } }, result: follow }],
      'another-org',
    );
    const toggle = await screen.findByRole('button', { name: 'Følg' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await userEvent.setup().click(toggle);
    await waitFor(() => expect(toggle).toHaveAttribute('aria-pressed', 'true'));
    expect(follow).toHaveBeenCalled();
  });
});
