import { Fieldset, Textfield } from '@digdir/designsystemet-react';
import { useI18n } from '../../../i18n/I18nProvider';
import type { ContactField, ContactValues } from '../contact-values';

const TYPES: Record<ContactField, 'text' | 'email' | 'tel'> = {
  'contact.name': 'text',
  'contact.role': 'text',
  'contact.email': 'email',
  'contact.phone': 'tel',
};

export const CONTACT_LABEL_KEYS = {
  'contact.name': 'solutionForm.contactName',
  'contact.role': 'solutionForm.contactRole',
  'contact.email': 'solutionForm.contactEmail',
  'contact.phone': 'solutionForm.contactPhone',
} as const;

/** The contact fields' labels, by field name, for a form's error summary. */
export const contactLabels = (t: (key: (typeof CONTACT_LABEL_KEYS)[ContactField]) => string) =>
  Object.fromEntries(
    (Object.keys(CONTACT_LABEL_KEYS) as ContactField[]).map((field) => [field, t(CONTACT_LABEL_KEYS[field])]),
  ) as Record<ContactField, string>;

interface ContactFieldsProps {
  legend: string;
  description?: string;
  values: ContactValues;
  onChange(field: ContactField, value: string): void;
  errors: { id(field: string): string; fieldError(field: string): string | undefined };
}

/** A contact person's name, role, e-mail and phone, as one group of a form. */
export function ContactFields({ legend, description, values, onChange, errors }: ContactFieldsProps) {
  const { t } = useI18n();
  return (
    <Fieldset>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description && <Fieldset.Description>{description}</Fieldset.Description>}
      {(Object.keys(TYPES) as ContactField[]).map((field) => (
        <Textfield
          key={field}
          id={errors.id(field)}
          label={t(CONTACT_LABEL_KEYS[field])}
          type={TYPES[field]}
          value={values[field]}
          onChange={(event) => onChange(field, event.target.value)}
          error={errors.fieldError(field)}
        />
      ))}
    </Fieldset>
  );
}
