import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type FormEvent, useState } from 'react';
import { BusyButton } from './BusyButton';

/** A form whose submit starts a request that stays pending until the test settles it. */
function SlowForm({ onSubmit }: { onSubmit(): Promise<unknown> }) {
  const [busy, setBusy] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    onSubmit().finally(() => setBusy(false));
  };
  return (
    <form onSubmit={submit}>
      <label>
        Navn <input name="name" />
      </label>
      <BusyButton type="submit" busy={busy}>
        Lagre
      </BusyButton>
    </form>
  );
}

function pending() {
  let settle = () => {};
  const promise = new Promise<void>((resolve) => {
    settle = resolve;
  });
  return { promise, settle };
}

describe('BusyButton', () => {
  it('keeps focus and announces busy while its action runs, and ignores clicks and submits', async () => {
    const request = pending();
    const onSubmit = jest.fn(() => request.promise);
    render(<SlowForm onSubmit={onSubmit} />);
    const user = userEvent.setup();
    const button = screen.getByRole('button', { name: 'Lagre' });

    await user.tab();
    await user.tab();
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onSubmit).toHaveBeenCalledTimes(1);

    expect(button).toHaveFocus();
    expect(button).not.toBeDisabled();
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleName('Lagre');

    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    await user.click(button);
    await user.type(screen.getByLabelText('Navn'), 'Kari{Enter}');
    expect(onSubmit).toHaveBeenCalledTimes(1);

    await act(async () => request.settle());
    expect(button).not.toHaveAttribute('aria-busy');
    expect(button).not.toHaveAttribute('aria-disabled');
  });

  it('clicks and submits normally when not busy', async () => {
    const onSubmit = jest.fn(() => Promise.resolve());
    render(<SlowForm onSubmit={onSubmit} />);
    const user = userEvent.setup();
    const button = screen.getByRole('button', { name: 'Lagre' });
    expect(button).not.toHaveAttribute('aria-busy');
    expect(button).not.toHaveAttribute('aria-disabled');

    await user.click(button);
    expect(onSubmit).toHaveBeenCalledTimes(1);
    await act(async () => {});
    await user.click(button);
    expect(onSubmit).toHaveBeenCalledTimes(2);
  });

  it('calls onClick only when neither busy nor aria-disabled', async () => {
    const onClick = jest.fn();
    const { rerender } = render(
      <BusyButton busy onClick={onClick}>
        Bli med
      </BusyButton>,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Bli med' }));
    expect(onClick).not.toHaveBeenCalled();

    rerender(
      <BusyButton aria-disabled onClick={onClick}>
        Bli med
      </BusyButton>,
    );
    const button = screen.getByRole('button', { name: 'Bli med' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).not.toHaveAttribute('aria-busy');
    await user.click(button);
    expect(onClick).not.toHaveBeenCalled();

    rerender(<BusyButton onClick={onClick}>Bli med</BusyButton>);
    await user.click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
  });
});
