import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Textfield } from '@digdir/designsystemet-react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type FormEvent, useMemo, useState } from 'react';
import { renderWithApp } from '../../../test/render';
import { useFormErrors } from '../hooks/useFormErrors';
import { FormErrorSummary } from './FormErrorSummary';
import { FormSaved } from './FormSaved';

const taken = new CombinedGraphQLErrors({
  data: null,
  errors: [{ message: 'taken', extensions: { code: 'CONFLICT', reason: 'EMAIL_TAKEN', field: 'email' } }],
});

/** The smallest form built like every form of the app: required check, then the api. */
function EmailForm({ send }: { send(email: string): Promise<void> }) {
  const [email, setEmail] = useState('');
  const labels = useMemo(() => ({ email: 'E-post' }), []);
  const errors = useFormErrors('test', labels);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!errors.checkRequired({ email }, ['email'])) return;
    try {
      await send(email);
      errors.showSaved();
    } catch (error) {
      errors.showError(error);
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormErrorSummary errors={errors} />
      <FormSaved errors={errors}>Endringene er lagret.</FormSaved>
      <Textfield
        id={errors.id('email')}
        label="E-post"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={errors.fieldError('email')}
      />
      <button type="submit">Lagre</button>
    </form>
  );
}

const summary = () => screen.getByRole('group', { name: 'For å gå videre må du rette opp i dette:' });

describe('FormErrorSummary', () => {
  it('takes focus after every failed submit, the same errors again too', async () => {
    const user = userEvent.setup();
    renderWithApp(<EmailForm send={jest.fn()} />);
    const save = screen.getByRole('button', { name: 'Lagre' });

    await user.click(save);
    expect(summary()).toHaveFocus();
    await user.click(screen.getByLabelText('E-post', { selector: 'input' }));
    expect(summary()).not.toHaveFocus();

    await user.click(save);
    expect(summary()).toHaveFocus();
    await user.click(save);
    expect(summary()).toHaveFocus();
    expect(summary()).toHaveTextContent('Fyll ut e-postadressen.');
  });

  it('never shows the success message beside errors', async () => {
    const user = userEvent.setup();
    const send = jest.fn().mockResolvedValueOnce(undefined).mockRejectedValueOnce(taken);
    renderWithApp(<EmailForm send={send} />);
    const save = screen.getByRole('button', { name: 'Lagre' });

    await user.click(save);
    await user.type(screen.getByLabelText('E-post', { selector: 'input' }), 'kari@bergen.test');
    await user.click(save);
    expect(await screen.findByText('Endringene er lagret.')).toBeVisible();
    expect(screen.queryByRole('group')).toBeNull();

    await user.click(save);
    expect(await screen.findByRole('group')).toHaveFocus();
    expect(screen.queryByText('Endringene er lagret.')).toBeNull();
  });
});
