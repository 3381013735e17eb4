import { Button, type ButtonProps } from '@digdir/designsystemet-react';
import type { MouseEvent, Ref } from 'react';

export interface BusyButtonProps extends Omit<ButtonProps, 'loading'> {
  /** The button's action is running: it shows a spinner, is announced as busy and ignores presses. */
  busy?: boolean;
  ref?: Ref<HTMLButtonElement>;
}

/**
 * A Designsystemet button for an action that takes a while (usually a mutation). While `busy` it
 * keeps the keyboard focus: it is marked `aria-disabled` and `aria-busy` (Designsystemet's
 * `loading` spinner) instead of `disabled`, because a focused button that becomes disabled drops
 * the focus to the page's body and a keyboard or screen-reader user loses their place.
 *
 * Presses while busy, or while the caller sets `aria-disabled`, are swallowed: the onClick
 * handler is not called and, for `type="submit"`, the form is not submitted (that includes the
 * implicit submit when Enter is pressed in one of the form's fields).
 */
export function BusyButton({
  busy = false,
  onClick,
  'aria-disabled': ariaDisabled,
  ref,
  ...rest
}: BusyButtonProps) {
  const inactive = busy || ariaDisabled === true || ariaDisabled === 'true';
  const click = (event: MouseEvent<HTMLButtonElement>) => {
    if (inactive) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };
  return <Button ref={ref} {...rest} loading={busy} aria-disabled={inactive || undefined} onClick={click} />;
}
