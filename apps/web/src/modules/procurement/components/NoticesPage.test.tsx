import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../test/render';
import { NoticesQuery } from '../graphql/procurement';
import { NoticesPage } from './NoticesPage';

const empty = {
  data: { procurementNotices: { __typename: 'ProcurementNoticePage', totalCount: 0, items: [] } },
};
const noticesMock = (filter: object, result: jest.Mock) => ({
  request: { query: NoticesQuery, variables: { filter, limit: 20, offset: 0 } },
  result,
});

describe('NoticesPage filters', () => {
  it('reads county, procedure and CPV division from the URL and keeps a change there', async () => {
    const fromUrl = jest.fn(() => empty);
    const changed = jest.fn(() => empty);
    const filter = { openOnly: true, countyNumbers: ['46'], procedures: ['OPEN'], cpvDivisions: ['72'] };
    const { router } = renderWithApp(<NoticesPage />, {
      mocks: [
        noticesMock(filter, fromUrl),
        noticesMock({ ...filter, procedures: ['MARKET_DIALOGUE'] }, changed),
      ],
      url: '/anbud?fylke=46&prosedyre=OPEN&cpv=72',
    });
    await waitFor(() => expect(fromUrl).toHaveBeenCalled());
    expect(screen.getByLabelText('Prosedyre')).toHaveValue('OPEN');
    expect(screen.getByLabelText('CPV-hovedgruppe (to sifre, f.eks. 72)')).toHaveValue('72');
    await userEvent.setup().selectOptions(screen.getByLabelText('Prosedyre'), 'MARKET_DIALOGUE');
    await waitFor(() => expect(changed).toHaveBeenCalled());
    expect(router.state.location.search).toContain('prosedyre=MARKET_DIALOGUE');
    expect(router.state.location.search).toContain('fylke=46');
  });
});
