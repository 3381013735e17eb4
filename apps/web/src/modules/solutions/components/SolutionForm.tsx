import { Field, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { type FormEvent, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import type { SolutionInput } from '../../../generated/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { BusyButton } from '../../common/components/BusyButton';
import { FormErrorSummary } from '../../common/components/FormErrorSummary';
import { FormSaved } from '../../common/components/FormSaved';
import { MoneyField } from '../../common/components/MoneyField';
import { useFormErrors } from '../../common/hooks/useFormErrors';
import { useServiceAreas } from '../../common/hooks/useServiceAreas';
import { RequirementsEditor } from '../../system-fit/components/RequirementsEditor';
import { requirementField } from '../../system-fit/requirement-values';
import { useProfileLabels } from '../hooks/useProfileLabels';
import {
  MONEY_FIELDS,
  REQUIRED_SOLUTION_FIELDS,
  type SolutionField,
  type SolutionFormValues,
  solutionProblems,
  toSolutionInput,
} from '../solution-form-values';
import { type ChoiceField, SolutionProfileSection, type TextField } from './SolutionProfileSection';

export type SaveIntent = 'save' | 'publish';
/** 'stayed': saved, and the form is still on show (it says so); 'left': the page moved on. */
export type SaveOutcome = 'stayed' | 'left';

interface SolutionFormProps {
  initial: SolutionFormValues;
  /** Saves (and with 'publish' also publishes); throws the api's error on failure. */
  onSave(input: SolutionInput, intent: SaveIntent): Promise<SaveOutcome | undefined>;
  /** Said after a save that stayed on the form, e.g. "Endringene er lagret.". */
  savedMessage?: string;
  saveLabel: string;
  /** Offer "save and publish" too (drafts and new solutions). */
  canPublish: boolean;
  /** Another request of the page's is running (e.g. archiving): saving waits. The form's own save
   * (from submit until onSave settles) is tracked here. */
  busy?: boolean;
  /** Extra actions, e.g. archive. */
  children?: ReactNode;
}

/**
 * The fields of a solution. Empty required fields and a non-number amount are caught before
 * sending; every error the api returns is shown at once, beside its field and in the error summary.
 */
export function SolutionForm({
  initial,
  onSave,
  saveLabel,
  canPublish,
  busy = false,
  savedMessage,
  children,
}: SolutionFormProps) {
  const { t } = useI18n();
  const { areas } = useServiceAreas();
  const [values, setValues] = useState(initial);
  const profileLabels = useProfileLabels(values.kind);
  const requirementCount = values.requirements.length;
  const labels = useMemo(
    (): Record<SolutionField, string> & Record<string, string> => ({
      title: t('solutionForm.title'),
      summary: t('solutionForm.summary'),
      description: t('solutionForm.description'),
      serviceArea: t('solutionForm.serviceArea'),
      ...profileLabels,
      ...requirementLabels(t, requirementCount),
      tags: t('solutionForm.tags'),
      benefits: t('solutionForm.benefits'),
      annualSavingsNok: t('solutionForm.annualSavingsNok'),
    }),
    [t, profileLabels, requirementCount],
  );
  const errors = useFormErrors('solution', labels);
  // Which submit button was pressed; a ref, because the submit event follows the click at once.
  const intent = useRef<SaveIntent>('save');
  // The save under way, from submit until onSave settles (it may be several requests).
  const [saving, setSaving] = useState<SaveIntent | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || saving) return;
    if (!errors.checkBeforeSending(solutionProblems(values))) return;
    const pressed = intent.current;
    setSaving(pressed);
    try {
      if ((await onSave(toSolutionInput(values), pressed)) === 'stayed') errors.showSaved();
    } catch (error) {
      errors.showError(error);
    } finally {
      setSaving(null);
    }
  };
  // Another action of the page (archiving) starts: what the last save said no longer holds.
  const { clear } = errors;
  useEffect(() => {
    if (busy) clear();
  }, [busy, clear]);
  const unavailable = busy || saving !== null || undefined;

  const set = (field: SolutionField) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  const text: TextField = (field, extra = {}) => {
    const common = {
      id: errors.id(field),
      label: labels[field],
      description: extra.description,
      value: values[field],
      onChange: set(field),
      error: errors.fieldError(field),
      required: REQUIRED_SOLUTION_FIELDS.includes(field),
    };
    if (MONEY_FIELDS.includes(field)) return <MoneyField {...common} />;
    return extra.multiline ? (
      <Textfield {...common} multiline rows={extra.rows ?? 4} />
    ) : (
      <Textfield {...common} type={extra.type} />
    );
  };

  /** A select of `options` (value and name); `empty` names the choice of none. */
  const choice: ChoiceField = (field, options, empty) => {
    const error = errors.fieldError(field);
    return (
      <Field>
        <Label htmlFor={errors.id(field)}>{labels[field]}</Label>
        <Select
          id={errors.id(field)}
          value={values[field]}
          onChange={set(field)}
          aria-invalid={error ? true : undefined}
          required={REQUIRED_SOLUTION_FIELDS.includes(field) || undefined}
        >
          {empty !== undefined && <Select.Option value="">{empty}</Select.Option>}
          {options.map((option) => (
            <Select.Option key={option.value} value={option.value}>
              {option.name}
            </Select.Option>
          ))}
        </Select>
        {error && <ValidationMessage>{error}</ValidationMessage>}
      </Field>
    );
  };

  const areaOptions = areas.map((area) => ({ value: area.id, name: area.name }));
  return (
    <form onSubmit={submit} noValidate className="form">
      <FormErrorSummary errors={errors} />
      {savedMessage && <FormSaved errors={errors}>{savedMessage}</FormSaved>}
      {text('title')}
      {text('summary', { multiline: true, rows: 3, description: t('solutionForm.summaryHelp') })}
      {text('description', { multiline: true, rows: 12, description: t('solutionForm.descriptionHelp') })}
      {choice('serviceArea', areaOptions, t('solutionForm.chooseServiceArea'))}
      {text('tags', { description: t('solutionForm.tagsHelp') })}
      <SolutionProfileSection values={values} text={text} choice={choice} />
      <RequirementsEditor
        value={values.requirements}
        onChange={(requirements) => setValues((current) => ({ ...current, requirements }))}
        idOf={errors.id}
        errorOf={errors.fieldError}
      />
      {text('benefits', { multiline: true, rows: 3 })}
      {text('annualSavingsNok', { description: t('solutionForm.annualSavingsHelp') })}
      <div className="button-row">
        {/* The pressed button shows the spinner; both stay focusable and ignore presses meanwhile. */}
        <BusyButton
          type="submit"
          variant={canPublish ? 'secondary' : 'primary'}
          busy={saving === 'save'}
          aria-disabled={unavailable}
          onClick={() => {
            intent.current = 'save';
          }}
        >
          {saveLabel}
        </BusyButton>
        {canPublish && (
          <BusyButton
            type="submit"
            busy={saving === 'publish'}
            aria-disabled={unavailable}
            onClick={() => {
              intent.current = 'publish';
            }}
          >
            {t('solutionForm.publish')}
          </BusyButton>
        )}
        {children}
      </div>
    </form>
  );
}

/** The labels of the requirements' fields, so their errors are shown beside them and named in the summary. */
function requirementLabels(t: ReturnType<typeof useI18n>['t'], count: number): Record<string, string> {
  const labels: Record<string, string> = { requirements: t('requirements.heading') };
  for (let index = 0; index < count; index++) {
    const number = index + 1;
    labels[requirementField(index, 'description')] = t('requirements.description', { number });
    labels[requirementField(index, 'anyOfSystemIds')] = t('requirements.anyOf', { number });
  }
  return labels;
}
