import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderWithApp } from '../../../test/render';
import type { CpvDepth } from '../cpv-tree';
import { CpvCodesQuery } from '../graphql/procurement';
import { type ChosenCpv, CpvPicker } from './CpvPicker';
import { BUILDING_DIVISION, cpvTreeMock, IT_DIVISION, IT_GROUPS, PROGRAMMING_CLASSES } from './cpv-test-data';

const cpvMock = (search: string, cpvCodes: object[]) => ({
  request: { query: CpvCodesQuery, variables: { search } },
  result: { data: { cpvCodes } },
});

function PickerInForm({ onSubmit, depth }: { onSubmit(): void; depth?: CpvDepth }) {
  const [value, setValue] = useState<ChosenCpv[]>([]);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <CpvPicker id="cpv" value={value} onChange={setValue} depth={depth} />
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

  const treeMocks = [
    cpvTreeMock(null, [BUILDING_DIVISION, IT_DIVISION]),
    cpvTreeMock('72000000-5', IT_GROUPS),
    cpvTreeMock('72200000-7', PROGRAMMING_CLASSES),
  ];

  it('browses the tree from a division to its groups and a group to its classes, and picks a class', async () => {
    const submit = jest.fn();
    renderWithApp(<PickerInForm onSubmit={submit} />, { mocks: treeMocks as never });
    const user = userEvent.setup();
    const browse = screen.getByRole('button', { name: 'Bla i CPV-koder' });
    expect(browse).toHaveAttribute('aria-expanded', 'false');
    await user.click(browse);
    expect(browse).toHaveAttribute('aria-expanded', 'true');
    const division = await screen.findByRole('button', { name: '72000000-5 IT-tjenester' });
    expect(division).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText(/72200000-7/)).not.toBeInTheDocument();

    await user.click(division);
    expect(division).toHaveAttribute('aria-expanded', 'true');
    const groups = await screen.findByRole('button', { name: '72200000-7 Programmering' });
    expect(document.getElementById(division.getAttribute('aria-controls') ?? '')).toContainElement(groups);
    await user.click(groups);
    const pickClass = await screen.findByRole('button', {
      name: 'Velg 72210000-0 Programmering av programvarepakker',
    });
    // A class is the bottom of the tree: it can be picked, not opened.
    expect(
      screen.queryByRole('button', { name: '72210000-0 Programmering av programvarepakker' }),
    ).toBeNull();
    await user.click(pickClass);

    expect(screen.getByRole('list', { name: 'Valgte CPV-koder' })).toHaveTextContent(
      '72210000-0 Programmering av programvarepakker',
    );
    expect(screen.getByText('Lagt til: 72210000-0 Programmering av programvarepakker.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Velg 72210000-0/ })).toBeNull();

    await user.click(division);
    expect(division).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText(/72200000-7/)).not.toBeInTheDocument();
    expect(submit).not.toHaveBeenCalled();
  });

  it('is worked by the keyboard alone, and Enter in the tree never submits the form', async () => {
    const submit = jest.fn();
    renderWithApp(<PickerInForm onSubmit={submit} />, { mocks: treeMocks as never });
    const user = userEvent.setup();
    screen.getByRole('button', { name: 'Bla i CPV-koder' }).focus();
    await user.keyboard('{Enter}');
    const building = await screen.findByRole('button', { name: '45000000-7 Bygge- og anleggsarbeid' });
    await user.tab();
    expect(building).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Velg 45000000-7 Bygge- og anleggsarbeid' })).toHaveFocus();
    await user.tab();
    const division = screen.getByRole('button', { name: '72000000-5 IT-tjenester' });
    expect(division).toHaveFocus();
    await user.keyboard(' ');
    expect(division).toHaveAttribute('aria-expanded', 'true');
    await screen.findByRole('button', { name: '72200000-7 Programmering' });
    await user.tab();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('list', { name: 'Valgte CPV-koder' })).toHaveTextContent(
      '72000000-5 IT-tjenester',
    );
    expect(submit).not.toHaveBeenCalled();
  });

  it('offers only divisions when it picks divisions: they do not open, and narrower search hits are left out', async () => {
    const mocks = [
      cpvTreeMock(null, [BUILDING_DIVISION, IT_DIVISION]),
      cpvMock('72', [IT_DIVISION, ...IT_GROUPS]),
    ];
    renderWithApp(<PickerInForm onSubmit={jest.fn()} depth="division" />, { mocks: mocks as never });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Bla i CPV-hovedgrupper' }));
    await screen.findByRole('button', { name: 'Velg 72000000-5 IT-tjenester' });
    expect(screen.queryByRole('button', { name: '72000000-5 IT-tjenester' })).toBeNull();
    await user.type(screen.getByRole('searchbox'), '72');
    expect(await screen.findByRole('button', { name: /^Legg til 72000000-5/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Legg til 72200000-7/ })).toBeNull();
  });
});
