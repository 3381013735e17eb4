import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderWithApp } from '../../../test/render';
import { CpvCodesQuery } from '../graphql/procurement';
import { type ChosenCpv, CpvPicker } from './CpvPicker';

const cpvMock = (search: string, cpvCodes: object[]) => ({
  request: { query: CpvCodesQuery, variables: { search } },
  result: { data: { cpvCodes } },
});

function PickerInForm({ onSubmit }: { onSubmit(): void }) {
  const [value, setValue] = useState<ChosenCpv[]>([]);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <CpvPicker id="cpv" value={value} onChange={setValue} />
    </form>
  );
}

describe('CpvPicker', () => {
  it('says "ingen treff" when nothing matches, and Enter in its search does not submit the form', async () => {
    const submit = jest.fn();
    renderWithApp(<PickerInForm onSubmit={submit} />, { mocks: [cpvMock('zzqx', [])] as never });
    const user = userEvent.setup();
    await user.type(screen.getByRole('searchbox'), 'zzqx{Enter}');
    expect(await screen.findByText('Ingen treff')).toBeInTheDocument();
    expect(submit).not.toHaveBeenCalled();
  });

  it('adds a found code, which can be removed again', async () => {
    const it72 = {
      __typename: 'CpvCode',
      code: '72000000-5',
      labelNb: 'IT-tjenester',
      labelEn: 'IT services',
    };
    renderWithApp(<PickerInForm onSubmit={jest.fn()} />, { mocks: [cpvMock('72', [it72])] as never });
    const user = userEvent.setup();
    await user.type(screen.getByRole('searchbox'), '72');
    await user.click(await screen.findByRole('button', { name: /72000000-5/ }));
    expect(screen.getByRole('list', { name: 'Valgte CPV-koder' })).toHaveTextContent(
      '72000000-5 IT-tjenester',
    );
    expect(screen.queryByText('Ingen treff')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /72000000-5/ }));
    expect(screen.queryByRole('list', { name: 'Valgte CPV-koder' })).not.toBeInTheDocument();
  });
});
