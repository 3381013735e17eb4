import { Button, Fieldset, Textfield } from '@digdir/designsystemet-react';
import { useI18n } from '../../../i18n/I18nProvider';

export interface DocumentLink {
  label: string;
  url: string;
}

interface DocumentLinksFieldsProps {
  links: DocumentLink[];
  onChange(links: DocumentLink[]): void;
  errors: { id(field: string): string; fieldError(field: string): string | undefined };
}

/** The field names the api uses for a link's label and address. */
export const linkField = (index: number, part: keyof DocumentLink) => `links.${index}.${part}`;

/** Tender documents as label and address pairs, added and removed one at a time. */
export function DocumentLinksFields({ links, onChange, errors }: DocumentLinksFieldsProps) {
  const { t } = useI18n();
  const edit = (index: number, part: keyof DocumentLink, value: string) =>
    onChange(links.map((link, i) => (i === index ? { ...link, [part]: value } : link)));
  return (
    <Fieldset>
      <Fieldset.Legend>{t('tenders.documents')}</Fieldset.Legend>
      {links.map((link, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own
        <div key={index} className="stack">
          {(['label', 'url'] as const).map((part) => (
            <Textfield
              key={part}
              id={errors.id(linkField(index, part))}
              label={t(`tendersForm.link.${part}`, { number: index + 1 })}
              type={part === 'url' ? 'url' : 'text'}
              value={link[part]}
              onChange={(event) => edit(index, part, event.target.value)}
              error={errors.fieldError(linkField(index, part))}
            />
          ))}
          <Button
            type="button"
            variant="tertiary"
            onClick={() => onChange(links.filter((_, i) => i !== index))}
          >
            {t('tendersForm.link.remove', { number: index + 1 })}
          </Button>
        </div>
      ))}
      <Button type="button" variant="secondary" onClick={() => onChange([...links, { label: '', url: '' }])}>
        {t('tendersForm.link.add')}
      </Button>
    </Fieldset>
  );
}
