import { skipToken, useQuery } from '@apollo/client/react';
import { Button, Chip, Fieldset, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { useDebounced } from '../../common/hooks/useDebounced';
import { type CpvDepth, cpvLabel, cpvPickable } from '../cpv-tree';
import { CpvCodesQuery } from '../graphql/procurement';
import { CpvTree } from './CpvTree';

export interface ChosenCpv {
  code: string;
  label: string;
}

interface CpvPickerProps {
  id: string;
  value: ChosenCpv[];
  onChange(value: ChosenCpv[]): void;
  error?: string;
  legend?: string;
  description?: string;
  /** How deep the tree opens and what can be picked; default down to the classes. */
  depth?: CpvDepth;
}

/**
 * Find CPV codes by number or Norwegian words, or browse the CPV tree, and add them; chosen codes
 * can be removed.
 */
export function CpvPicker({
  id,
  value,
  onChange,
  error,
  legend,
  description,
  depth = 'class',
}: CpvPickerProps) {
  const { t, language } = useI18n();
  const [text, setText] = useState('');
  const [browsing, setBrowsing] = useState(false);
  const [added, setAdded] = useState('');
  const search = useDebounced(text.trim(), 250);
  const { data } = useQuery(CpvCodesQuery, search.length >= 2 ? { variables: { search } } : skipToken);
  const chosen = new Set(value.map((cpv) => cpv.code));
  const found = (data?.cpvCodes ?? []).filter((cpv) => cpvPickable(cpv.code, depth));
  const noHits = search.length >= 2 && data !== undefined && found.length === 0;
  const add = (cpv: ChosenCpv) => {
    onChange([...value, cpv]);
    setAdded(t('cpvTree.added', { code: cpv.code, label: cpv.label }));
  };
  const treeId = `${id}-tree`;
  return (
    <Fieldset className="cpv-picker">
      <Fieldset.Legend>{legend ?? t('noticeForm.cpv')}</Fieldset.Legend>
      <Fieldset.Description>{description ?? t('noticeForm.cpvHelp')}</Fieldset.Description>
      {value.length > 0 && (
        <ul className="chip-list" aria-label={t('noticeForm.cpvChosen')}>
          {value.map((cpv) => (
            <li key={cpv.code}>
              <Chip.Removable
                type="button"
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
      <p aria-live="polite" className="cpv-picker__status">
        {noHits ? t('tendersForm.cpvNoHits') : added}
      </p>
      <ul className="cpv-results">
        {found
          .filter((cpv) => !chosen.has(cpv.code))
          .map((cpv) => {
            const label = cpvLabel(cpv, language);
            return (
              <li key={cpv.code}>
                <Button
                  type="button"
                  variant="tertiary"
                  data-size="sm"
                  onClick={() => {
                    add({ code: cpv.code, label });
                    setText('');
                  }}
                >
                  {t('noticeForm.cpvAdd', { code: cpv.code, label })}
                </Button>
              </li>
            );
          })}
      </ul>
      <div>
        <Button
          type="button"
          variant="secondary"
          data-size="sm"
          aria-expanded={browsing}
          aria-controls={browsing ? treeId : undefined}
          onClick={() => setBrowsing(!browsing)}
        >
          {t(depth === 'division' ? 'cpvTree.browseDivisions' : 'cpvTree.browse')}
        </Button>
      </div>
      {browsing && <CpvTree id={treeId} depth={depth} chosen={chosen} onPick={add} />}
    </Fieldset>
  );
}
