import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../test/render';
import { PubliccodeProblems } from './PubliccodeProblems';

const SOURCE = 'publiccodeYmlVersion: "0"\nname: Medusa\ndevelopmentStatus: "foobar"\n';
const problem = (fields: Record<string, unknown>) => ({
  __typename: 'PubliccodeProblem' as const,
  severity: 'ERROR' as const,
  key: '',
  message: '',
  line: null,
  column: null,
  ...fields,
});

describe('PubliccodeProblems', () => {
  it('shows each problem beside its line, in line order, and goes to the line', async () => {
    const onGoToLine = jest.fn();
    renderWithApp(
      <PubliccodeProblems
        source={SOURCE}
        onGoToLine={onGoToLine}
        problems={[
          problem({
            key: 'developmentStatus',
            message: 'developmentStatus must be one of the following',
            line: 3,
            column: 1,
          }),
          problem({
            severity: 'WARNING',
            key: 'publiccodeYmlVersion',
            message: 'v0.3 is not the latest',
            line: 1,
            column: 1,
          }),
        ]}
      />,
    );
    const [first, second] = await screen.findAllByRole('listitem');
    expect(first).toHaveTextContent('Advarsel');
    expect(second).toHaveTextContent('Feil');
    expect(second).toHaveTextContent('Linje 3, kolonne 1');
    expect(second).toHaveTextContent('developmentStatus: "foobar"');
    expect(
      screen.getByText('1 feil og 1 advarsler. Rett feilene og prøv igjen.', { exact: false }),
    ).toBeInTheDocument();
    await userEvent.click(within(second).getByRole('button', { name: 'Gå til linjen' }));
    expect(onGoToLine).toHaveBeenCalledWith(3);
  });

  it('shows a problem of the whole file without a line', async () => {
    renderWithApp(
      <PubliccodeProblems
        source=""
        onGoToLine={jest.fn()}
        problems={[problem({ message: 'Invalid UTF-8' })]}
      />,
    );
    const item = await screen.findByRole('listitem');
    expect(item).toHaveTextContent('Hele filen');
    expect(within(item).queryByRole('button')).toBeNull();
  });
});
