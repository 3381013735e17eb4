import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../test/render';
import { EMPTY_SOLUTION } from '../solution-form-values';
import { SolutionForm } from './SolutionForm';

/** The api's answer to one submit: one error per bad field, each with its reason. */
function apiRefusal(...problems: { field: string; reason: string; params?: Record<string, number> }[]) {
  return new CombinedGraphQLErrors({
    data: null,
    errors: problems.map((extensions) => ({
      message: 'English, for people reading the api',
      extensions: { code: 'BAD_USER_INPUT', ...extensions },
    })),
  });
}

function renderForm(onSave: jest.Mock) {
  renderWithApp(
    <SolutionForm
      initial={EMPTY_SOLUTION}
      onSave={onSave}
      saveLabel="Lagre som utkast"
      canPublish
      busy={false}
    />,
  );
}

async function fillRequired(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Tittel'), 'Chatbot');
  await user.type(screen.getByLabelText('Kort oppsummering', { exact: false }), 'Svarer innbyggere.');
  await user.type(screen.getByLabelText('Beskrivelse', { exact: false }), 'En chatbot.');
  await screen.findByRole('option', { name: 'Helse og omsorg' });
  await user.selectOptions(screen.getByLabelText('Tjenesteområde'), 'helse-og-omsorg');
}

describe('SolutionForm', () => {
  it('shows the api’s field error beside that field and in the error summary', async () => {
    const onSave = jest
      .fn()
      .mockRejectedValue(apiRefusal({ field: 'sourceCodeUrl', reason: 'NOT_AN_HTTP_URL' }));
    renderForm(onSave);
    const user = userEvent.setup();
    await fillRequired(user);
    await user.type(screen.getByLabelText('Lenke til kildekode eller produktside'), 'ftp://kode');
    await user.click(screen.getByRole('button', { name: 'Lagre som utkast' }));

    const message =
      'Lenke til kildekode eller produktside må være en lenke som starter med http:// eller https://.';
    const field = screen.getByLabelText('Lenke til kildekode eller produktside');
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(field.closest('ds-field')).toHaveTextContent(message);
    const summary = screen.getByRole('heading', {
      name: 'For å gå videre må du rette opp i dette:',
    }).parentElement;
    expect(summary).not.toBeNull();
    const link = within(summary as HTMLElement).getByRole('link', { name: message });
    expect(link).toHaveAttribute('href', `#${field.id}`);
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({
        title: 'Chatbot',
        sourceCodeUrl: 'ftp://kode',
        serviceArea: 'helse-og-omsorg',
      }),
      'save',
    );

    await user.click(link);
    expect(field).toHaveFocus();
  });

  it('shows every field error of one answer at once, each beside its field and in the summary', async () => {
    const onSave = jest
      .fn()
      .mockRejectedValue(
        apiRefusal(
          { field: 'summary', reason: 'TOO_LONG', params: { max: 500 } },
          { field: 'contactEmail', reason: 'NOT_AN_EMAIL' },
        ),
      );
    renderForm(onSave);
    const user = userEvent.setup();
    await fillRequired(user);
    await user.type(screen.getByLabelText('E-post til kontaktperson'), 'kari');
    await user.click(screen.getByRole('button', { name: 'Lagre som utkast' }));

    const summaryField = screen.getByLabelText('Kort oppsummering', { exact: false });
    const email = screen.getByLabelText('E-post til kontaktperson');
    await waitFor(() => expect(summaryField).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAttribute('aria-invalid', 'true');
    const tooLong = 'Kort oppsummering kan ha høyst 500 tegn.';
    const notAnEmail = 'E-post til kontaktperson må være en gyldig e-postadresse.';
    expect(summaryField.closest('ds-field')).toHaveTextContent(tooLong);
    expect(email.closest('ds-field')).toHaveTextContent(notAnEmail);
    const summary = screen.getByRole('heading', { name: 'For å gå videre må du rette opp i dette:' })
      .parentElement as HTMLElement;
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      [tooLong, `#${summaryField.id}`],
      [notAnEmail, `#${email.id}`],
    ]);
    expect(onSave).toHaveBeenCalledTimes(1);
  });

  it('keeps the focus on the pressed button while saving and ignores further presses', async () => {
    let settle = () => {};
    const onSave = jest.fn(
      () =>
        new Promise<void>((resolve) => {
          settle = resolve;
        }),
    );
    renderForm(onSave);
    const user = userEvent.setup();
    await fillRequired(user);
    const publish = screen.getByRole('button', { name: 'Publiser' });
    const save = screen.getByRole('button', { name: 'Lagre som utkast' });
    await user.click(publish);

    expect(publish).toHaveFocus();
    expect(publish).toHaveAttribute('aria-busy', 'true');
    expect(save).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{Enter}');
    await user.click(save);
    await user.type(screen.getByLabelText('Tittel'), '{Enter}');
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ title: 'Chatbot' }), 'publish');

    await act(async () => settle());
    expect(publish).not.toHaveAttribute('aria-busy');
    expect(save).not.toHaveAttribute('aria-disabled');
  });

  it('marks every empty required field without calling the api', async () => {
    const onSave = jest.fn();
    renderForm(onSave);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Publiser' }));

    expect(await screen.findByRole('link', { name: 'Fyll ut Tittel.' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Fyll ut Tjenesteområde.' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('Tittel')).toHaveAttribute('aria-invalid', 'true'));
    expect(onSave).not.toHaveBeenCalled();
  });

  it('sends tags as a list and the amount as a number, and says which button was pressed', async () => {
    const onSave = jest.fn().mockResolvedValue(undefined);
    renderForm(onSave);
    const user = userEvent.setup();
    await fillRequired(user);
    await user.type(screen.getByLabelText('Stikkord'), 'chat,  innbygger , ');
    await user.type(screen.getByLabelText('Anslått innsparing per år (kroner)'), '250 000');
    await user.click(screen.getByRole('button', { name: 'Publiser' }));

    await waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({ tags: ['chat', 'innbygger'], annualSavingsNok: 250000, license: null }),
      'publish',
    );
  });

  it('names an empty required field and a non-number amount in the same submit', async () => {
    const onSave = jest.fn();
    renderForm(onSave);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Anslått innsparing per år (kroner)'), 'mange');
    await user.click(screen.getByRole('button', { name: 'Lagre som utkast' }));

    expect(await screen.findByRole('link', { name: 'Fyll ut Tittel.' })).toBeInTheDocument();
    expect(
      screen.getByRole('link', {
        name: 'Anslått innsparing per år (kroner) må være et helt tall, 0 eller mer.',
      }),
    ).toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('refuses an amount that is not a whole number before sending', async () => {
    const onSave = jest.fn();
    renderForm(onSave);
    const user = userEvent.setup();
    await fillRequired(user);
    await user.type(screen.getByLabelText('Anslått innsparing per år (kroner)'), '12,5');
    await user.click(screen.getByRole('button', { name: 'Lagre som utkast' }));

    expect(
      await screen.findByRole('link', {
        name: 'Anslått innsparing per år (kroner) må være et helt tall, 0 eller mer.',
      }),
    ).toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();
  });
});
