import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { MockLink } from '@apollo/client/testing';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../test/render';
import { RpaPlatformsQuery } from '../graphql/solution';
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

const rpaPlatformsMock: MockLink.MockedResponse = {
  request: { query: RpaPlatformsQuery },
  result: {
    data: {
      systems: [
        { __typename: 'System', id: 'blue-prism', name: 'Blue Prism', vendor: 'SS&C Blue Prism' },
        { __typename: 'System', id: 'uipath', name: 'UiPath', vendor: 'UiPath' },
      ],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function renderForm(onSave: jest.Mock) {
  renderWithApp(
    <SolutionForm
      initial={EMPTY_SOLUTION}
      onSave={onSave}
      saveLabel="Lagre som utkast"
      canPublish
      busy={false}
    />,
    { mocks: [rpaPlatformsMock] },
  );
}

async function fillRequired(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Tittel'), 'Chatbot');
  await user.type(screen.getByLabelText('Kort oppsummering', { exact: false }), 'Svarer innbyggere.');
  await user.type(screen.getByLabelText('Beskrivelse', { exact: false }), 'En chatbot.');
  await screen.findByRole('option', { name: 'Helse og omsorg' });
  await user.selectOptions(screen.getByLabelText('Tjenesteområde'), 'helse-og-omsorg');
}

/** Puts text into a field at once: the form is long, and typing it key by key is slow on a busy machine. */
async function paste(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

describe('SolutionForm', () => {
  it('shows the api’s field error beside that field and in the error summary', async () => {
    const onSave = jest
      .fn()
      .mockRejectedValue(apiRefusal({ field: 'licenseId', reason: 'INVALID_LICENSE_EXPRESSION' }));
    renderForm(onSave);
    const user = userEvent.setup();
    await fillRequired(user);
    await user.type(screen.getByLabelText('Lisens'), 'MIT-ish');
    await user.click(screen.getByRole('button', { name: 'Lagre som utkast' }));

    const message =
      'Lisensen må være et SPDX-lisensuttrykk, for eksempel MIT eller EUPL-1.2, eller LicenseRef-Proprietary.';
    const field = screen.getByLabelText('Lisens');
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
        licenseId: 'MIT-ish',
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
          { field: 'contact.email', reason: 'NOT_AN_EMAIL' },
        ),
      );
    renderForm(onSave);
    const user = userEvent.setup();
    await fillRequired(user);
    await user.type(screen.getByLabelText('Navn på kontaktperson'), 'Kari');
    await user.type(screen.getByLabelText('E-post til kontaktperson'), 'kari');
    await user.click(screen.getByRole('button', { name: 'Lagre som utkast' }));

    const summaryField = screen.getByLabelText('Kort oppsummering', { exact: false });
    const email = screen.getByLabelText('E-post til kontaktperson');
    await waitFor(() => expect(summaryField).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAttribute('aria-invalid', 'true');
    const tooLong = 'Oppsummeringen kan ha høyst 500 tegn.';
    const notAnEmail = 'Kontaktpersonens e-postadresse må være en gyldig e-postadresse.';
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

    expect(await screen.findByRole('link', { name: 'Fyll ut tittelen.' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Fyll ut tjenesteområdet.' })).toBeInTheDocument();
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
      expect.objectContaining({
        tags: ['chat', 'innbygger'],
        annualSavingsNok: 250000,
        licenseId: null,
        kind: 'SOFTWARE',
        maturity: 'PRODUCTION',
        contact: null,
        links: [],
      }),
      'publish',
    );
  });

  it('names an empty required field and a non-number amount in the same submit', async () => {
    const onSave = jest.fn();
    renderForm(onSave);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Anslått innsparing per år (kroner)'), 'mange');
    await user.click(screen.getByRole('button', { name: 'Lagre som utkast' }));

    expect(await screen.findByRole('link', { name: 'Fyll ut tittelen.' })).toBeInTheDocument();
    expect(
      screen.getByRole('link', {
        name: 'Den årlige innsparingen må være et beløp i hele kroner, for eksempel 1 800 000.',
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
        name: 'Den årlige innsparingen må være et beløp i hele kroner, for eksempel 1 800 000.',
      }),
    ).toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('takes amounts as people write them: spaces of any kind, kr, øre of zero', async () => {
    const onSave = jest.fn().mockResolvedValue(undefined);
    renderForm(onSave);
    const user = userEvent.setup();
    await fillRequired(user);
    await paste(user, screen.getByLabelText('Anslått innsparing per år (kroner)'), '1 800 000 kr');
    await user.click(screen.getByRole('button', { name: 'Lagre som utkast' }));

    await waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ annualSavingsNok: 1_800_000 }), 'save');
  });

  it('takes focus to the error summary on the second failed submit too', async () => {
    const onSave = jest.fn();
    renderForm(onSave);
    const user = userEvent.setup();
    const save = screen.getByRole('button', { name: 'Lagre som utkast' });
    await user.click(save);
    const summary = await screen.findByRole('group', { name: /rette opp/ });
    expect(summary).toHaveFocus();
    await user.click(screen.getByLabelText('Tittel'));
    await user.click(save);
    expect(screen.getByRole('group', { name: /rette opp/ })).toHaveFocus();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('asks a robot for its RPA platform from the catalogue, and sends only the fields of the chosen kind', async () => {
    const onSave = jest.fn().mockResolvedValue(undefined);
    renderForm(onSave);
    const user = userEvent.setup();
    await fillRequired(user);
    expect(screen.queryByLabelText('RPA-plattform')).not.toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Type løsning'), 'ROBOT');
    await screen.findByRole('option', { name: 'UiPath' });
    await user.click(screen.getByRole('button', { name: 'Publiser' }));
    expect(await screen.findByRole('link', { name: 'Fyll ut RPA-plattformen.' })).toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();

    await user.selectOptions(screen.getByLabelText('RPA-plattform'), 'uipath');
    await paste(user, screen.getByLabelText('Prosessen roboten automatiserer'), 'Fordeling av meldinger');
    await user.selectOptions(screen.getByLabelText('Hvem har laget løsningen'), 'BOUGHT');
    await paste(user, screen.getByLabelText('Leverandør'), 'Robotfabrikken AS');
    await paste(user, screen.getByLabelText('Kildekode'), 'https://github.com/kommune/robot');
    await user.click(screen.getByRole('button', { name: 'Publiser' }));
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(onSave).toHaveBeenLastCalledWith(
      expect.objectContaining({
        kind: 'ROBOT',
        rpaPlatformId: 'uipath',
        automatedProcess: 'Fordeling av meldinger',
        endpointUrl: null,
        builtBy: 'BOUGHT',
        supplierName: 'Robotfabrikken AS',
        links: [{ label: 'Kildekode', url: 'https://github.com/kommune/robot' }],
      }),
      'publish',
    );

    await user.selectOptions(screen.getByLabelText('Type løsning'), 'SOFTWARE');
    expect(screen.queryByLabelText('RPA-plattform')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Publiser' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(2));
    expect(onSave).toHaveBeenLastCalledWith(
      expect.objectContaining({ kind: 'SOFTWARE', rpaPlatformId: null, automatedProcess: null }),
      'publish',
    );
  }, 60_000);

  it('refuses a half-filled contact and a link that is not one before sending', async () => {
    const onSave = jest.fn();
    renderForm(onSave);
    const user = userEvent.setup();
    await fillRequired(user);
    await paste(user, screen.getByLabelText('Telefon'), '+47 55 56 60 00');
    await paste(user, screen.getByLabelText('Demo'), 'demo.kommune.no');
    await user.click(screen.getByRole('button', { name: 'Lagre som utkast' }));

    expect(await screen.findByRole('link', { name: 'Fyll ut kontaktpersonens navn.' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Fyll ut kontaktpersonens e-postadresse.' })).toBeInTheDocument();
    expect(
      screen.getByRole('link', {
        name: 'Lenken til demoen må være en lenke som starter med http:// eller https://.',
      }),
    ).toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();
  }, 60_000);
});
