import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Checkbox, Fieldset, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ProcurementProcedure, SavedSearchFieldsFragment } from '../../../generated/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { BusyButton } from '../../common/components/BusyButton';
import { FormErrorSummary } from '../../common/components/FormErrorSummary';
import { useCounties } from '../../common/hooks/useCounties';
import { useFormErrors } from '../../common/hooks/useFormErrors';
import { type ChosenCpv, CpvPicker } from '../../procurement/components/CpvPicker';
import { cpvDivisionOf, cpvLabel } from '../../procurement/cpv-tree';
import { CpvTreeQuery } from '../../procurement/graphql/procurement';
import { PROCEDURES } from '../../procurement/procedures';
import { toggle } from '../../search/search-params';
import { UpdateSavedSearchMutation } from '../graphql/saved-searches';
import { savedSearchInputOf, searchStateOf } from '../saved-search-state';

interface EditSavedSearchProps {
  search: SavedSearchFieldsFragment;
  onSaved(name: string): void;
}

/** "Endre": the name and the notice criteria (CPV divisions, counties, procedures) of a saved search. */
export function EditSavedSearch({ search, onSaved }: EditSavedSearchProps) {
  const { t } = useI18n();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const openButtonRef = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    requestAnimationFrame(() => openButtonRef.current?.focus());
  };
  return (
    <>
      <Button
        ref={openButtonRef}
        variant="secondary"
        data-size="sm"
        aria-expanded={open}
        aria-controls={open ? formId : undefined}
        onClick={() => (open ? close() : setOpen(true))}
      >
        {t('savedSearches.edit')}
        <span className="visually-hidden"> {search.name}</span>
      </Button>
      {open && (
        <EditSavedSearchForm
          id={formId}
          search={search}
          onClose={close}
          onSaved={(name) => {
            onSaved(name);
            close();
          }}
        />
      )}
    </>
  );
}

interface EditSavedSearchFormProps extends EditSavedSearchProps {
  id: string;
  onClose(): void;
}

function EditSavedSearchForm({ id, search, onClose, onSaved }: EditSavedSearchFormProps) {
  const { t } = useI18n();
  const { counties } = useCounties();
  const [name, setName] = useState(search.name);
  const [divisions, setDivisions] = useState<string[]>(search.cpvDivisions);
  const [countyNumbers, setCountyNumbers] = useState<string[]>(search.countyNumbers);
  const [procedures, setProcedures] = useState<ProcurementProcedure[]>(search.procedures);
  const chosenDivisions = useChosenDivisions(divisions);
  const nameRef = useRef<HTMLInputElement>(null);
  const labels = useMemo(
    () => ({
      name: t('savedSearches.editName'),
      cpvDivisions: t('filters.cpvDivision'),
      countyNumbers: t('filters.county'),
      procedures: t('filters.procedure'),
    }),
    [t],
  );
  const errors = useFormErrors(`edit-${search.id}`, labels);
  const [update, { loading }] = useMutation(UpdateSavedSearchMutation);
  useEffect(() => nameRef.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    // Everything else the search keeps (query, kinds, areas, open only) stays as it was.
    const state = { ...searchStateOf(search), cpvDivisions: divisions, countyNumbers, procedures };
    try {
      const { data } = await update({ variables: { id: search.id, input: savedSearchInputOf(state, name) } });
      if (data) onSaved(data.updateSavedSearch.name);
    } catch (error) {
      errors.showError(error);
    }
  };

  return (
    <form id={id} onSubmit={submit} noValidate className="form save-search__form">
      <FormErrorSummary errors={errors} />
      <Textfield
        ref={nameRef}
        id={errors.id('name')}
        label={labels.name}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={errors.fieldError('name')}
        data-size="sm"
      />
      <CpvPicker
        id={errors.id('cpvDivisions')}
        depth="division"
        legend={t('savedSearches.editCpv')}
        description={t('savedSearches.editCpvHelp')}
        value={chosenDivisions}
        onChange={(chosen) => setDivisions([...new Set(chosen.map((cpv) => cpvDivisionOf(cpv.code)))])}
        error={errors.fieldError('cpvDivisions')}
      />
      <Fieldset data-size="sm">
        <Fieldset.Legend>{labels.countyNumbers}</Fieldset.Legend>
        {counties.map((county) => (
          <Checkbox
            key={county.number}
            id={county === counties[0] ? errors.id('countyNumbers') : undefined}
            value={county.number}
            label={county.name}
            checked={countyNumbers.includes(county.number)}
            onChange={() => setCountyNumbers(toggle(countyNumbers, county.number))}
          />
        ))}
      </Fieldset>
      <Fieldset data-size="sm">
        <Fieldset.Legend>{labels.procedures}</Fieldset.Legend>
        {PROCEDURES.map((procedure) => (
          <Checkbox
            key={procedure}
            id={procedure === PROCEDURES[0] ? errors.id('procedures') : undefined}
            value={procedure}
            label={t(`procedure.${procedure}`)}
            checked={procedures.includes(procedure)}
            onChange={() => setProcedures(toggle(procedures, procedure))}
          />
        ))}
      </Fieldset>
      <div className="button-row">
        <BusyButton type="submit" data-size="sm" busy={loading}>
          {t('savedSearches.editSubmit')}
        </BusyButton>
        <Button type="button" variant="secondary" data-size="sm" onClick={onClose}>
          {t('saveSearch.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** The divisions as the picker shows them: the division's code and label from the CPV tree's top. */
function useChosenDivisions(divisions: readonly string[]): ChosenCpv[] {
  const { language } = useI18n();
  const { data } = useQuery(CpvTreeQuery, { variables: { parent: null } });
  return divisions.map((division) => {
    const entry = data?.cpvTree.find((cpv) => cpvDivisionOf(cpv.code) === division);
    return entry
      ? { code: entry.code, label: cpvLabel(entry, language) }
      : { code: `${division}000000`, label: '' };
  });
}
