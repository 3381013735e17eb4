import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BERGEN_LEADER, renderWithApp } from '../../../test/render';
import { NeedCostSharesQuery } from '../graphql/needs';
import { NeedCostShares } from './NeedCostShares';

const share = (
  id: string,
  name: string,
  population: number | null,
  percent: number,
  amountNok: number | null,
) => ({
  __typename: 'CostShare' as const,
  organization: { __typename: 'Organization' as const, id, name },
  population,
  percent,
  amountNok,
});

const sharesMock = (totalNok: number | null) => ({
  request: { query: NeedCostSharesQuery, variables: { id: 'need-1', totalNok } },
  result: {
    data: {
      need: {
        __typename: 'Need',
        id: 'need-1',
        costShares: [
          share('org-bergen', 'Bergen kommune', 291_940, 66.65, totalNok && 66_650),
          share('org-nav', 'Nav', null, 33.35, totalNok && 33_350),
        ],
      },
    },
  },
});

describe('NeedCostShares', () => {
  it('shows the split by population, then the amounts of the total the owner types, as a suggestion', async () => {
    renderWithApp(<NeedCostShares needId="need-1" />, {
      viewer: BERGEN_LEADER,
      mocks: [sharesMock(null), sharesMock(100_000)],
    });
    expect(screen.getByText(/Det er bare et forslag/)).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Forslag til fordeling etter folketall' });
    expect(within(table).getByText('66,65 %')).toBeInTheDocument();
    expect(within(table).getByText('Ukjent (regnes med gjennomsnittet)')).toBeInTheDocument();
    expect(within(table).queryByRole('columnheader', { name: 'Beløp' })).not.toBeInTheDocument();

    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Samlet kostnad i kroner'), '100 000 kr');
    await user.click(screen.getByRole('button', { name: 'Fordel' }));
    expect(await screen.findByRole('columnheader', { name: 'Beløp' })).toBeInTheDocument();
    expect(screen.getByText(/66\s650\skr/)).toBeInTheDocument();
  });

  it('says what is wrong with a total that is not whole kroner, and asks nothing', async () => {
    renderWithApp(<NeedCostShares needId="need-1" />, { viewer: BERGEN_LEADER, mocks: [sharesMock(null)] });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Samlet kostnad i kroner'), '12,5');
    await user.click(screen.getByRole('button', { name: 'Fordel' }));
    expect(
      await screen.findByText('Totalbeløpet må være et beløp i hele kroner, for eksempel 1 800 000.'),
    ).toBeInTheDocument();
  });
});
