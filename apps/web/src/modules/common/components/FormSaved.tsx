import { Alert } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import type { FormErrors } from '../hooks/useFormErrors';

/**
 * A form's success message ("Endringene er lagret."), announced politely. It shows only after a
 * submit that succeeded and goes with the next submit, so it never stands beside an error summary.
 */
export function FormSaved({ errors, children }: { errors: Pick<FormErrors, 'saved'>; children: ReactNode }) {
  return <div role="status">{errors.saved && <Alert data-color="success">{children}</Alert>}</div>;
}
