import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../test/render';
import { CpvCodesByCodeQuery, NoticesQuery } from '../graphql/procurement';
import { cpvTreeMock, IT_DIVISION, IT_GROUPS } from './cpv-test-data';
import { NoticesPage } from './NoticesPage';

const empty = {
  data: { procurementNotices: { __typename: 'ProcurementNoticePage', totalCount: 0, items: [] } },
};
const noticesMock = (filter: object, result: jest.Mock) => ({
  request: { query: NoticesQuery, variables: { filter, limit: 20, offset: 0 } },
  result,
});
const labelsMock = (codes: string[], cpvCodesByCode: object[]) => ({
  request: { query: CpvCodesByCodeQuery, variables: { codes } },
  result: { data: { cpvCodesByCode } },
});

describe('NoticesPage filters', () => {
  it('reads county, procedure and CPV codes from the URL and keeps a change there', async () => {
    const fromUrl = jest.fn(() => empty);
    const changed = jest.fn(() => empty);
    const filter = { openOnly: true, countyNumbers: ['46'], procedures: ['OPEN'], cpvCodes: ['72000000-5'] };
    const { router } = renderWithApp(<NoticesPage />, {
      mocks: [
        noticesMock(filter, fromUrl),
        noticesMock({ ...filter, procedures: ['MARKET_DIALOGUE'] }, changed),
        labelsMock(['72000000-5'], [IT_DIVISION]),
      ],
      url: '/anbud?fylke=46&prosedyre=OPEN&cpv=72000000-5',
    });
    await waitFor(() => expect(fromUrl).toHaveBeenCalled());
    expect(screen.getByLabelText('Prosedyre')).toHaveValue('OPEN');
    expect(await screen.findByRole('list', { name: 'Valgte CPV-koder' })).toHaveTextContent(
      '72000000-5 IT-tjenester',
    );
    await userEvent.setup().selectOptions(screen.getByLabelText('Prosedyre'), 'MARKET_DIALOGUE');
    await waitFor(() => expect(changed).toHaveBeenCalled());
    expect(router.state.location.search).toContain('prosedyre=MARKET_DIALOGUE');
    expect(router.state.location.search).toContain('fylke=46');
    expect(router.state.location.search).toContain('cpv=72000000-5');
  });

  it('filters by a group picked in the CPV tree, and by nothing once it is removed again', async () => {
    const all = jest.fn(() => empty);
    const byGroup = jest.fn(() => empty);
    const { router } = renderWithApp(<NoticesPage />, {
      mocks: [
        noticesMock({ openOnly: true, countyNumbers: null, procedures: null, cpvCodes: null }, all),
        noticesMock(
          { openOnly: true, countyNumbers: null, procedures: null, cpvCodes: ['72200000-7'] },
          byGroup,
        ),
        noticesMock({ openOnly: true, countyNumbers: null, procedures: null, cpvCodes: null }, all),
        labelsMock(['72200000-7'], [IT_GROUPS[1]]),
        cpvTreeMock(null, [IT_DIVISION]),
        cpvTreeMock('72000000-5', IT_GROUPS),
      ],
      url: '/anbud',
    });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Bla i CPV-koder' }));
    await user.click(await screen.findByRole('button', { name: '72000000-5 IT-tjenester' }));
    await user.click(await screen.findByRole('button', { name: 'Velg 72200000-7 Programmering' }));
    await waitFor(() => expect(byGroup).toHaveBeenCalled());
    expect(router.state.location.search).toBe(`?cpv=${encodeURIComponent('72200000-7')}`);
    await user.click(await screen.findByRole('button', { name: 'Fjern 72200000-7 Programmering' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });
});
