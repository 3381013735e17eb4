import { useCallback, useMemo, useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { type ApiError, apiErrorsOf, missingRequired, splitFieldErrors } from '../api-errors';
import { describeApiError } from '../error-messages';

export interface SummaryItem {
  /** The id of the input to jump to, or undefined for errors about the whole form. */
  targetId?: string;
  message: string;
}

/** The DOM id of a form field's input, so the error summary can link to it. */
export const fieldId = (form: string, field: string) => `${form}-${field}`;

/**
 * Errors of one form, every one of a submit at once: each error with an `extensions.field` of the
 * form beside its field and in the summary, the rest in the summary only. `labels` maps field
 * names to their visible labels, in the order the fields appear.
 */
export function useFormErrors(form: string, labels: Record<string, string>) {
  const i18n = useI18n();
  const [errors, setErrors] = useState<ApiError[]>([]);

  const fields = useMemo(() => Object.keys(labels), [labels]);
  const { fieldErrors, formErrors } = useMemo(() => splitFieldErrors(errors, fields), [errors, fields]);

  const messagesOf = useCallback(
    (field: string) =>
      (fieldErrors[field] ?? []).map((error) => describeApiError(i18n, error, labels[field])),
    [fieldErrors, labels, i18n],
  );

  const fieldError = useCallback(
    (field: string): string | undefined => messagesOf(field).join(' ') || undefined,
    [messagesOf],
  );

  const summary: SummaryItem[] = useMemo(
    () => [
      ...fields.flatMap((field) =>
        messagesOf(field).map((message) => ({ targetId: fieldId(form, field), message })),
      ),
      ...formErrors.map((error) => ({ message: describeApiError(i18n, error) })),
    ],
    [fields, messagesOf, formErrors, form, i18n],
  );

  /**
   * Shows the problems the form found before sending (empty required fields, values the api could
   * not even receive), all of them at once; true when there are none and the form may send.
   */
  const checkBeforeSending = useCallback((problems: ApiError[]): boolean => {
    setErrors(problems);
    return problems.length === 0;
  }, []);

  /** checkBeforeSending for a form whose only local check is its required fields. */
  const checkRequired = useCallback(
    (values: Record<string, unknown>, required: readonly string[]) =>
      checkBeforeSending(missingRequired(values, required)),
    [checkBeforeSending],
  );

  return {
    fieldError,
    summary,
    hasErrors: errors.length > 0,
    showError: useCallback((error: unknown) => setErrors(apiErrorsOf(error)), []),
    clear: useCallback(() => setErrors([]), []),
    checkBeforeSending,
    checkRequired,
    id: (field: string) => fieldId(form, field),
  };
}
