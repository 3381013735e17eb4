import { useCallback, useMemo, useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { type ApiError, apiErrorsOf, splitFieldErrors } from '../api-errors';
import { describeApiError } from '../error-messages';

export interface SummaryItem {
  /** The id of the input to jump to, or undefined for errors about the whole form. */
  targetId?: string;
  message: string;
}

/** The DOM id of a form field's input, so the error summary can link to it. */
export const fieldId = (form: string, field: string) => `${form}-${field}`;

/**
 * Errors of one form: the api's `extensions.field` errors beside their fields and in the summary,
 * the rest in the summary only. `labels` maps field names to their visible labels.
 */
export function useFormErrors(form: string, labels: Record<string, string>) {
  const { t } = useI18n();
  const [errors, setErrors] = useState<ApiError[]>([]);

  const fields = useMemo(() => Object.keys(labels), [labels]);
  const { fieldErrors, formErrors } = useMemo(() => splitFieldErrors(errors, fields), [errors, fields]);

  const fieldError = useCallback(
    (field: string): string | undefined => {
      const error = fieldErrors[field];
      return error && describeApiError(t, error, labels[field]);
    },
    [fieldErrors, labels, t],
  );

  const summary: SummaryItem[] = useMemo(
    () => [
      ...fields
        .filter((field) => fieldErrors[field])
        .map((field) => ({ targetId: fieldId(form, field), message: fieldError(field) ?? '' })),
      ...formErrors.map((error) => ({ message: describeApiError(t, error) })),
    ],
    [fields, fieldErrors, formErrors, fieldError, form, t],
  );

  /** Marks empty required fields before anything is sent; true when all are filled. */
  const checkRequired = useCallback(
    (values: Record<string, unknown>, required: readonly string[]): boolean => {
      const missing = required.filter((field) => String(values[field] ?? '').trim() === '');
      setErrors(
        missing.map((field) => ({ code: 'BAD_USER_INPUT', field, message: `${field} must not be empty` })),
      );
      return missing.length === 0;
    },
    [],
  );

  return {
    fieldError,
    summary,
    hasErrors: errors.length > 0,
    showError: useCallback((error: unknown) => setErrors(apiErrorsOf(error)), []),
    showErrors: useCallback((list: ApiError[]) => setErrors(list), []),
    clear: useCallback(() => setErrors([]), []),
    checkRequired,
    id: (field: string) => fieldId(form, field),
  };
}
