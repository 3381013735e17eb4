import { useCallback, useMemo, useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { type ApiError, apiErrorsOf, missingRequired, splitFieldErrors } from '../api-errors';
import { describeApiError } from '../error-messages';

export interface SummaryItem {
  /** The id of the input to jump to, or undefined for errors about the whole form. */
  targetId?: string;
  message: string;
}

interface FormState {
  errors: ApiError[];
  attempt: number;
  saved: boolean;
}

const NOTHING_YET: FormState = { errors: [], attempt: 0, saved: false };

/** The DOM id of a form field's input, so the error summary can link to it. */
export const fieldId = (form: string, field: string) => `${form}-${field}`;

/**
 * Errors of one form, every one of a submit at once: each error with an `extensions.field` of the
 * form beside its field and in the summary, the rest in the summary only. `labels` maps field
 * names to their visible labels, in the order the fields appear.
 */
export function useFormErrors(form: string, labels: Record<string, string>) {
  const i18n = useI18n();
  const [{ errors, attempt, saved }, setState] = useState<FormState>(NOTHING_YET);
  // Every failed attempt counts, the same errors again too, so the summary takes focus each time.
  const setErrors = useCallback(
    (next: ApiError[]) =>
      setState((current) => ({
        errors: next,
        attempt: next.length > 0 ? current.attempt + 1 : current.attempt,
        saved: false,
      })),
    [],
  );

  const fields = useMemo(() => Object.keys(labels), [labels]);
  const { fieldErrors, formErrors } = useMemo(() => splitFieldErrors(errors, fields), [errors, fields]);

  const messagesOf = useCallback(
    (field: string) => (fieldErrors[field] ?? []).map((error) => describeApiError(i18n, error)),
    [fieldErrors, i18n],
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
  const checkBeforeSending = useCallback(
    (problems: ApiError[]): boolean => {
      setErrors(problems);
      return problems.length === 0;
    },
    [setErrors],
  );

  /** checkBeforeSending for a form whose only local check is its required fields. */
  const checkRequired = useCallback(
    (values: Record<string, unknown>, required: readonly string[]) =>
      checkBeforeSending(missingRequired(values, required)),
    [checkBeforeSending],
  );

  return {
    fieldError,
    summary,
    /** How many submits have failed so far; the error summary takes focus whenever it grows. */
    attempt,
    hasErrors: errors.length > 0,
    /** The last submit succeeded: its success message shows, never beside an error summary. */
    saved,
    showError: useCallback((error: unknown) => setErrors(apiErrorsOf(error)), [setErrors]),
    /** A submit succeeded: the errors go and the success message shows until the next submit. */
    showSaved: useCallback(() => setState((current) => ({ ...current, errors: [], saved: true })), []),
    /** Neither errors nor a success message, e.g. when the user starts over. */
    clear: useCallback(() => setErrors([]), [setErrors]),
    checkBeforeSending,
    checkRequired,
    id: (field: string) => fieldId(form, field),
  };
}

export type FormErrors = ReturnType<typeof useFormErrors>;
