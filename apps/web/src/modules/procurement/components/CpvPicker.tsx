import { skipToken, useQuery } from '@apollo/client/react';
import { Button, Chip, Fieldset, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { useDebounced } from '../../common/hooks/useDebounced';
import { CpvCodesQuery } from '../graphql/procurement';

export interface ChosenCpv {
  code: string;
  label: string;
}

interface CpvPickerProps {
  id: string;
  value: ChosenCpv[];
  onChange(value: ChosenCpv[]): void;
  error?: string;
}

/** Find CPV codes by number or Norwegian words and add them; chosen codes can be removed. */
export function CpvPicker({ id, value, onChange, error }: CpvPickerProps) {
  const { t, language } = useI18n();
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), 250);
  const { data } = useQuery(CpvCodesQuery, search.length >= 2 ? { variables: { search } } : skipToken);
  const chosen = new Set(value.map((cpv) => cpv.code));
  const noHits = search.length >= 2 && data?.cpvCodes.length === 0;
  const found = (data?.cpvCodes ?? []).filter((cpv) => !chosen.has(cpv.code));
  return (
    <Fieldset>
      <Fieldset.Legend>{t('noticeForm.cpv')}</Fieldset.Legend>
      <Fieldset.Description>{t('noticeForm.cpvHelp')}</Fieldset.Description>
      {value.length > 0 && (
        <ul className="chip-list" aria-label={t('noticeForm.cpvChosen')}>
          {value.map((cpv) => (
            <li key={cpv.code}>
              <Chip.Removable
                aria-label={t('noticeForm.cpvRemove', { code: cpv.code, label: cpv.label })}
                onClick={() => onChange(value.filter((c) => c.code !== cpv.code))}
              >
                {cpv.code} {cpv.label}
              </Chip.Removable>
            </li>
          ))}
        </ul>
      )}
      <Textfield
        id={id}
        label={t('noticeForm.cpvSearch')}
        type="search"
        autoComplete="off"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.preventDefault();
        }}
        aria-invalid={error ? true : undefined}
      />
      {error && <ValidationMessage>{error}</ValidationMessage>}
      <p aria-live="polite">{noHits ? t('tendersForm.cpvNoHits') : ''}</p>
      <ul className="cpv-results">
        {found.map((cpv) => {
          const label = language === 'en' ? cpv.labelEn : cpv.labelNb;
          return (
            <li key={cpv.code}>
              <Button
                variant="tertiary"
                data-size="sm"
                onClick={() => {
                  onChange([...value, { code: cpv.code, label }]);
                  setText('');
                }}
              >
                {t('noticeForm.cpvAdd', { code: cpv.code, label })}
              </Button>
            </li>
          );
        })}
      </ul>
    </Fieldset>
  );
}
