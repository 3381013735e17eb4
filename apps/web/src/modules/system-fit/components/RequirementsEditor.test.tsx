import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../test/render';
import { SolutionForm } from '../../solutions/components/SolutionForm';
import { RpaPlatformsQuery } from '../../solutions/graphql/solution';
import { EMPTY_SOLUTION, type SolutionFormValues } from '../../solutions/solution-form-values';
import { newRequirement } from '../requirement-values';
import { catalogueMock, ELEMENTS, GERICA } from '../test-systems';

const rpaPlatformsMock: MockLink.MockedResponse = {
  request: { query: RpaPlatformsQuery },
  result: { data: { systems: [] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const FILLED: SolutionFormValues = {
  ...EMPTY_SOLUTION,
  title: 'Chatbot',
  summary: 'Svarer innbyggere.',
  description: 'En chatbot.',
  serviceArea: 'helse-og-omsorg',
};

function renderForm(onSave: jest.Mock, initial = FILLED) {
  renderWithApp(<SolutionForm initial={initial} onSave={onSave} saveLabel="Lagre" canPublish={false} />, {
    mocks: [rpaPlatformsMock, catalogueMock('')],
  });
}

const requirementItem = (number: number) =>
  screen.getByLabelText(`Krav ${number}: beskrivelse`).closest('li') as HTMLElement;

describe('RequirementsEditor in the solution form', () => {
  it('adds a requirement with a description and any of some systems, and sends it', async () => {
    const onSave = jest.fn().mockResolvedValue(undefined);
    renderForm(onSave);
    const user = userEvent.setup();
    expect(screen.getByText('Løsningen krever ingen bestemte systemer.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Legg til krav' }));
    const description = screen.getByLabelText('Krav 1: beskrivelse');
    expect(description).toHaveFocus();
    await user.paste('Sak/arkiv med Noark 5-grensesnitt');
    const systems = within(requirementItem(1)).getByRole('group', {
      name: 'Krav 1: oppfylt av ett av disse systemene',
    });
    await user.click(await within(systems).findByRole('checkbox', { name: 'Elements (Sikri)' }));
    await user.click(within(systems).getByRole('checkbox', { name: 'Public 360° (Tietoevry)' }));
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({
        requirements: [
          { description: 'Sak/arkiv med Noark 5-grensesnitt', anyOfSystemIds: ['elements', 'public-360'] },
        ],
      }),
      'save',
    );
  });

  it('removes a requirement, keeping the others as they were, and moves the focus to the add button', async () => {
    const onSave = jest.fn().mockResolvedValue(undefined);
    renderForm(onSave, {
      ...FILLED,
      requirements: [newRequirement('Sak/arkiv', [ELEMENTS]), newRequirement('Pleie og omsorg', [GERICA])],
    });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Fjern krav 1' }));
    expect(screen.getByRole('button', { name: 'Legg til krav' })).toHaveFocus();
    expect(screen.getByLabelText('Krav 1: beskrivelse')).toHaveValue('Pleie og omsorg');
    expect(screen.queryByLabelText('Krav 2: beskrivelse')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({
        requirements: [{ description: 'Pleie og omsorg', anyOfSystemIds: ['gerica'] }],
      }),
      'save',
    );
  });

  it('finds a requirement without description or systems before sending, beside the fields', async () => {
    const onSave = jest.fn();
    renderForm(onSave);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Legg til krav' }));
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(onSave).not.toHaveBeenCalled();
    const description = screen.getByLabelText('Krav 1: beskrivelse');
    await waitFor(() => expect(description).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByRole('searchbox', { name: 'Søk i systemkatalogen' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    const summary = screen.getByRole('heading', { name: 'For å gå videre må du rette opp i dette:' })
      .parentElement as HTMLElement;
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Fyll ut beskrivelsen av krav 1.', 'Fyll ut systemene i krav 1.']);
  });

  it('shows the api’s refusal of a requirement’s systems beside that requirement', async () => {
    const refusal = new CombinedGraphQLErrors({
      data: null,
      errors: [
        {
          message: 'unknown',
          extensions: {
            code: 'BAD_USER_INPUT',
            reason: 'UNKNOWN_SYSTEM',
            field: 'requirements.0.anyOfSystemIds',
          },
        },
      ],
    });
    const onSave = jest.fn().mockRejectedValue(refusal);
    renderForm(onSave, { ...FILLED, requirements: [newRequirement('Sak/arkiv', [ELEMENTS])] });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    const search = within(requirementItem(1)).getByRole('searchbox', { name: 'Søk i systemkatalogen' });
    await waitFor(() => expect(search).toHaveAttribute('aria-invalid', 'true'));
  });
});
