import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../test/render';
import { CountyMunicipalitiesQuery, StatisticsQuery } from '../graphql/statistics';
import { StatisticsPage } from './StatisticsPage';

const statistics = {
  __typename: 'Statistics' as const,
  publishedSolutions: 12,
  organizationsSharing: 9,
  organizationsReusing: 23,
  adoptionsInUse: 31,
  hoursSavedPerYear: 14_250,
  savingsNokPerYear: 9_262_500,
  adoptionsByMonth: [
    { __typename: 'MonthCount' as const, month: '2026-10', count: 3 },
    { __typename: 'MonthCount' as const, month: '2026-11', count: 1234 },
  ],
  adoptionsByCounty: [
    { __typename: 'CountyCount' as const, countyNumber: '46', countyName: 'Vestland', count: 7 },
    { __typename: 'CountyCount' as const, countyNumber: '03', countyName: 'Oslo', count: 2 },
  ],
  mostReused: [
    {
      __typename: 'Solution' as const,
      id: 's-1',
      title: 'PLO-robot',
      inUseCount: 5,
      reuseCount: 8,
      owner: { __typename: 'Organization' as const, id: 'o-1', name: 'Bergen kommune' },
    },
  ],
};

const municipalities = (countyNumber: string, rows: [string, string, number, number][]) => ({
  request: { query: CountyMunicipalitiesQuery, variables: { countyNumber } },
  result: {
    data: {
      statistics: {
        __typename: 'Statistics' as const,
        municipalities: rows.map(([municipalityNumber, name, sharedSolutions, reusedSolutions]) => ({
          __typename: 'MunicipalityReuse' as const,
          municipalityNumber,
          name,
          sharedSolutions,
          reusedSolutions,
        })),
      },
    },
  },
});

const mocks = [
  { request: { query: StatisticsQuery }, result: { data: { statistics } } },
  municipalities('46', [
    ['4601', 'Bergen', 3, 0],
    ['4602', 'Kinn', 0, 2],
    ['4611', 'Etne', 0, 0],
  ]),
  municipalities('03', [['0301', 'Oslo', 0, 2]]),
];

/** The blob's bytes read as UTF-8, a byte order mark kept. */
function utf8Bytes(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(Buffer.from(reader.result as ArrayBuffer).toString('utf8'));
    reader.readAsArrayBuffer(blob);
  });
}

describe('StatisticsPage', () => {
  it('shows the key figures and each chart’s figures as a table, in Norwegian format', async () => {
    renderWithApp(<StatisticsPage />, { mocks });
    expect(await screen.findByText(/^14\s250$/)).toBeInTheDocument();
    expect(screen.getByText(/9 262 500\s*kr/)).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /Gjenbruk per måned: stolpediagram/ })).toBeInTheDocument();
    const months = screen.getByRole('table', { name: 'Gjenbruk per måned' });
    expect(within(months).getByRole('row', { name: /^nov\. 2026 1\s234$/ })).toBeInTheDocument();
    const counties = screen.getByRole('table', { name: 'Gjenbruk per fylke' });
    expect(
      within(counties)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual(['FylkeGjenbruk', 'Vestland7', 'Oslo2']);
    const mostReused = screen.getByRole('table', { name: 'Mest gjenbrukte løsninger' });
    expect(within(mostReused).getByRole('link', { name: 'PLO-robot' })).toHaveAttribute(
      'href',
      '/losninger/s-1',
    );
  });

  it('shows which municipalities of the chosen county share and reuse, the county with most reuse first', async () => {
    renderWithApp(<StatisticsPage />, { mocks });
    expect(await screen.findByText('1 av 3 kommuner deler, 1 gjenbruker.')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Kommunene i Vestland' })).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Velg fylke'), 'Oslo');
    expect(await screen.findByText('0 av 1 kommuner deler, 1 gjenbruker.')).toBeInTheDocument();
    const oslo = screen.getByRole('table', { name: 'Kommunene i Oslo' });
    expect(within(oslo).getByRole('row', { name: 'Oslo 0 2' })).toBeInTheDocument();
  });

  it('offers each table as a CSV download', async () => {
    const created: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return 'blob:csv';
    };
    URL.revokeObjectURL = () => {};
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderWithApp(<StatisticsPage />, { mocks });
    const counties = await screen.findByRole('table', { name: 'Gjenbruk per fylke' });
    const section = counties.closest('section') as HTMLElement;
    await userEvent.click(within(section).getByRole('button', { name: 'Last ned som CSV' }));
    expect(click).toHaveBeenCalledTimes(1);
    expect(click.mock.contexts[0]).toHaveProperty('download', 'gjenbruk-per-fylke.csv');
    expect(await utf8Bytes(created[0])).toBe('\uFEFFFylke;Gjenbruk\r\nVestland;7\r\nOslo;2\r\n');
    click.mockRestore();
  });
});
