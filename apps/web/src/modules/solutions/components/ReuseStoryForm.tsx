import { useMutation } from '@apollo/client/react';
import { Field, Heading, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useMemo, useState } from 'react';
import type { AdoptionFieldsFragment, ReuseStoryInput } from '../../../generated/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { BusyButton } from '../../common/components/BusyButton';
import { FormErrorSummary } from '../../common/components/FormErrorSummary';
import { FormSaved } from '../../common/components/FormSaved';
import { MoneyField } from '../../common/components/MoneyField';
import { useFormErrors } from '../../common/hooks/useFormErrors';
import { moneyOrNull, moneyProblems } from '../../common/money';
import { wholeNumberOrNull, wholeNumberProblems } from '../../common/whole-number-field';
import { SetReuseStoryMutation } from '../graphql/solution';

type StoryField =
  | 'hoursSavedPerYear'
  | 'savingsNokPerYear'
  | 'adaptations'
  | 'review'
  | 'contact.name'
  | 'contact.email';

function initialValues(adoption: AdoptionFieldsFragment): Record<StoryField | 'rating', string> {
  const story = adoption.story;
  return {
    hoursSavedPerYear: story?.hoursSavedPerYear?.toString() ?? '',
    savingsNokPerYear: story?.savingsNokPerYear?.toString() ?? '',
    adaptations: story?.adaptations ?? '',
    rating: story?.rating?.toString() ?? '',
    review: story?.review ?? '',
    'contact.name': adoption.contact?.name ?? '',
    'contact.email': adoption.contact?.email ?? '',
  };
}

/** The adopter tells how it went: what it saved, what it changed, a rating and whom to ask. */
export function ReuseStoryForm({
  solutionId,
  adoption,
}: {
  solutionId: string;
  adoption: AdoptionFieldsFragment;
}) {
  const { t } = useI18n();
  const [values, setValues] = useState(() => initialValues(adoption));
  const [save, saving] = useMutation(SetReuseStoryMutation);
  const labels = useMemo(
    () => ({
      hoursSavedPerYear: t('reuse.storyHoursLabel'),
      savingsNokPerYear: t('reuse.storySavingsLabel'),
      adaptations: t('reuse.storyAdaptationsLabel'),
      rating: t('reuse.storyRatingLabel'),
      review: t('reuse.storyReviewLabel'),
      'contact.name': t('reuse.storyContactNameLabel'),
      'contact.email': t('reuse.storyContactEmailLabel'),
    }),
    [t],
  );
  const errors = useFormErrors('story', labels);
  const set = (field: keyof typeof values) => (event: { target: { value: string } }) => {
    setValues((current) => ({ ...current, [field]: event.target.value }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = [
      ...wholeNumberProblems('hoursSavedPerYear', values.hoursSavedPerYear),
      ...moneyProblems('savingsNokPerYear', values.savingsNokPerYear),
    ];
    if (saving.loading || !errors.checkBeforeSending(problems)) return;
    const contact =
      values['contact.name'].trim() || values['contact.email'].trim()
        ? { name: values['contact.name'], email: values['contact.email'] }
        : null;
    const input: ReuseStoryInput = {
      hoursSavedPerYear: wholeNumberOrNull(values.hoursSavedPerYear),
      savingsNokPerYear: moneyOrNull(values.savingsNokPerYear),
      adaptations: values.adaptations,
      rating: values.rating ? Number(values.rating) : null,
      review: values.review,
      contact,
    };
    try {
      await save({ variables: { solutionId, input } });
      errors.showSaved();
    } catch (error) {
      errors.showError(error);
    }
  };

  const text = (
    field: StoryField,
    extra: { multiline?: boolean; type?: 'email'; inputMode?: 'numeric' } = {},
  ) => {
    const common = {
      id: errors.id(field),
      label: labels[field],
      value: values[field],
      onChange: set(field),
      error: errors.fieldError(field),
    };
    return extra.multiline ? (
      <Textfield {...common} multiline rows={3} />
    ) : (
      <Textfield {...common} type={extra.type} inputMode={extra.inputMode} />
    );
  };

  return (
    <section aria-labelledby="story-form-heading" className="story-form">
      <Heading level={3} data-size="xs" id="story-form-heading">
        {t('reuse.storyForm')}
      </Heading>
      <form onSubmit={submit} noValidate className="form">
        <FormErrorSummary errors={errors} />
        {text('hoursSavedPerYear', { inputMode: 'numeric' })}
        <MoneyField
          id={errors.id('savingsNokPerYear')}
          label={labels.savingsNokPerYear}
          value={values.savingsNokPerYear}
          onChange={set('savingsNokPerYear')}
          error={errors.fieldError('savingsNokPerYear')}
        />
        {text('adaptations', { multiline: true })}
        <Field>
          <Label htmlFor={errors.id('rating')}>{labels.rating}</Label>
          <Select id={errors.id('rating')} value={values.rating} onChange={set('rating')} width="auto">
            <Select.Option value="">–</Select.Option>
            {[1, 2, 3, 4, 5].map((rating) => (
              <Select.Option key={rating} value={String(rating)}>
                {rating}
              </Select.Option>
            ))}
          </Select>
        </Field>
        {text('review', { multiline: true })}
        {text('contact.name')}
        {text('contact.email', { type: 'email' })}
        <div className="button-row">
          <BusyButton type="submit" busy={saving.loading}>
            {t('reuse.storySave')}
          </BusyButton>
        </div>
        <FormSaved errors={errors}>{t('reuse.storySaved')}</FormSaved>
      </form>
    </section>
  );
}
