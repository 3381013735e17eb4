import { Button, Fieldset, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import {
  MAX_REQUIREMENTS,
  newRequirement,
  type RequirementValue,
  requirementField,
} from '../requirement-values';
import { SystemPicker } from './SystemPicker';

interface RequirementsEditorProps {
  value: readonly RequirementValue[];
  onChange(value: RequirementValue[]): void;
  /** The form's DOM id of a field, and its error message if it has one. */
  idOf(field: string): string;
  errorOf(field: string): string | undefined;
}

/** The owner declares what the solution needs: each requirement a description and any of some systems. */
export function RequirementsEditor({ value, onChange, idOf, errorOf }: RequirementsEditorProps) {
  const { t } = useI18n();
  const addButton = useRef<HTMLButtonElement>(null);
  // Where the focus goes once the list has changed: a new row's description, or the add button.
  const [focusTarget, setFocusTarget] = useState<string | 'add' | null>(null);
  useEffect(() => {
    if (focusTarget === null) return;
    (focusTarget === 'add' ? addButton.current : document.getElementById(focusTarget))?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  const change = (index: number, next: Partial<RequirementValue>) =>
    onChange(value.map((requirement, i) => (i === index ? { ...requirement, ...next } : requirement)));
  const add = () => {
    onChange([...value, newRequirement()]);
    setFocusTarget(idOf(requirementField(value.length, 'description')));
  };
  const remove = (index: number) => {
    onChange(value.filter((_, i) => i !== index));
    setFocusTarget('add');
  };

  return (
    <Fieldset className="requirements-editor">
      <Fieldset.Legend>{t('requirements.heading')}</Fieldset.Legend>
      <Fieldset.Description>{t('requirements.intro')}</Fieldset.Description>
      {value.length === 0 && <Paragraph data-size="sm">{t('requirements.none')}</Paragraph>}
      <ol className="requirements-editor__list">
        {value.map((requirement, index) => {
          const number = index + 1;
          const description = requirementField(index, 'description');
          const anyOf = requirementField(index, 'anyOfSystemIds');
          return (
            <li key={requirement.key} className="requirements-editor__item">
              <Textfield
                id={idOf(description)}
                label={t('requirements.description', { number })}
                description={t('requirements.descriptionHelp')}
                value={requirement.description}
                onChange={(event) => change(index, { description: event.target.value })}
                error={errorOf(description)}
                required
              />
              <SystemPicker
                id={idOf(anyOf)}
                legend={t('requirements.anyOf', { number })}
                value={requirement.anyOf}
                onChange={(systems) => change(index, { anyOf: systems })}
                error={errorOf(anyOf)}
              />
              <Button variant="tertiary" data-size="sm" onClick={() => remove(index)}>
                {t('requirements.remove', { number })}
              </Button>
            </li>
          );
        })}
      </ol>
      {value.length < MAX_REQUIREMENTS && (
        <Button ref={addButton} variant="secondary" data-size="sm" onClick={add}>
          {t('requirements.add')}
        </Button>
      )}
    </Fieldset>
  );
}
