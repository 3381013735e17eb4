import './system-fit.css';
import { useQuery } from '@apollo/client/react';
import { Checkbox, Fieldset, Paragraph, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { SystemFieldsFragment } from '../../../generated/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { useDebounced } from '../../common/hooks/useDebounced';
import { SystemCatalogueQuery } from '../graphql/system-fit';
import { groupByCategory, systemLabel } from '../system-categories';

interface SystemPickerProps {
  /** The id of the search field, which an error summary links to. */
  id: string;
  legend: string;
  value: readonly SystemFieldsFragment[];
  onChange(value: SystemFieldsFragment[]): void;
  error?: string;
}

/**
 * Systems of the catalogue as checkboxes grouped by category, narrowed by a search; the chosen
 * ones stay chosen while the search hides them, and are named below the list.
 */
export function SystemPicker({ id, legend, value, onChange, error }: SystemPickerProps) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), 200);
  // While a new search loads, the last results stay, so the list does not flicker empty.
  const { data: current, previousData } = useQuery(SystemCatalogueQuery, { variables: { search } });
  const data = current ?? previousData;
  const chosen = new Set(value.map((system) => system.id));
  const toggle = (system: SystemFieldsFragment) =>
    onChange(chosen.has(system.id) ? value.filter((s) => s.id !== system.id) : [...value, system]);
  const groups = groupByCategory(data?.systems ?? []);
  return (
    <Fieldset className="system-picker">
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      <Textfield
        id={id}
        label={t('systemPicker.search')}
        description={t('systemPicker.searchHelp')}
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
      <p aria-live="polite" className="system-picker__no-match">
        {data && groups.length === 0 ? t('systemPicker.noMatch') : ''}
      </p>
      <div className="system-picker__groups">
        {groups.map(([category, systems]) => (
          <Fieldset key={category} data-size="sm" className="system-picker__group">
            <Fieldset.Legend>{t(`systemCategory.${category}`)}</Fieldset.Legend>
            {systems.map((system) => (
              <Checkbox
                key={system.id}
                value={system.id}
                label={systemLabel(system)}
                checked={chosen.has(system.id)}
                onChange={() => toggle(system)}
              />
            ))}
          </Fieldset>
        ))}
      </div>
      <Paragraph data-size="sm" className="system-picker__chosen">
        {value.length === 0
          ? t('systemPicker.chosenNone')
          : t('systemPicker.chosen', { names: value.map((system) => system.name).join(', ') })}
      </Paragraph>
    </Fieldset>
  );
}
