import type { MockLink } from '@apollo/client/testing';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BERGEN_LEADER, renderWithApp } from '../../../test/render';
import { searchVariables } from '../../search/hooks/useSearchResults';
import { parseSearchParams, type SearchState } from '../../search/search-params';
import { FitCountQuery } from '../graphql/system-fit';
import { FitFilter } from './FitFilter';

const STATE: SearchState = { ...parseSearchParams(new URLSearchParams()), query: 'robot' };

const countMock = (totalCount: number): MockLink.MockedResponse => {
  const { query, filter } = searchVariables({ ...STATE, runsOnOurSystems: true });
  return {
    request: { query: FitCountQuery, variables: { query, filter } },
    result: { data: { search: { __typename: 'SearchResult', totalCount } } },
  };
};

describe('FitFilter', () => {
  it.each([
    [3, '3 løsninger passer deres systemer'],
    [1, '1 løsning passer deres systemer'],
  ])(
    'offers a member of a municipality the filter and says how many of the search fit (%i)',
    async (count, text) => {
      const onChange = jest.fn();
      renderWithApp(<FitFilter state={STATE} onChange={onChange} />, {
        viewer: BERGEN_LEADER,
        mocks: [countMock(count)],
      });
      expect(await screen.findByText(text)).toBeInTheDocument();
      await userEvent.setup().click(screen.getByRole('checkbox', { name: 'Kan kjøres på våre systemer' }));
      expect(onChange).toHaveBeenCalledWith({ runsOnOurSystems: true });
    },
  );

  it('is not offered to companies nor to anonymous visitors', () => {
    const company = {
      ...BERGEN_LEADER,
      organization: { ...BERGEN_LEADER.organization, kind: 'COMPANY' as const },
    };
    const { unmount } = renderWithApp(<FitFilter state={STATE} onChange={jest.fn()} />, { viewer: company });
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    unmount();
    renderWithApp(<FitFilter state={STATE} onChange={jest.fn()} />, { viewer: null });
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });
});
