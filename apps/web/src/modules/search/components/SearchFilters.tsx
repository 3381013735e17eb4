import { Button, Checkbox, Fieldset } from '@digdir/designsystemet-react';
import type { FacetField } from '@lokomotiv/contract';
import { useI18n } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/nb';
import { useServiceAreas } from '../../common/hooks/useServiceAreas';
import { FitFilter } from '../../system-fit/components/FitFilter';
import { useFilterLabels } from '../hooks/useFilterLabels';
import { hasFilters, NO_FILTERS, SEARCH_KINDS, type SearchState, toggle } from '../search-params';
import type { FacetValueView, SearchView } from '../search-view';

interface SearchFiltersProps {
  state: SearchState;
  facets: SearchView['facets'];
  onChange(change: Partial<SearchState>): void;
  /** Which filters the api can apply; those it cannot are not offered. */
  available?: { kinds: boolean; openOnly: boolean };
}

/** The facets as checkboxes; each click changes the URL and so the results. */
export function SearchFilters({
  state,
  facets,
  onChange,
  available = { kinds: true, openOnly: true },
}: SearchFiltersProps) {
  const { t } = useI18n();
  const { areas } = useServiceAreas();
  const labels = useFilterLabels();
  // Counts are over the current results, so a value they do not list gets no count (choosing it
  // widens the search rather than emptying it).
  const countOf = (field: FacetField, value: string) =>
    facets[field]?.find((f) => f.value === value)?.count ?? null;
  const label = (name: string, count: number | null) => (count === null ? name : `${name} (${count})`);

  return (
    <div className="search-filters">
      {available.kinds && (
        <Fieldset data-size="sm">
          <Fieldset.Legend>{t('filters.kind')}</Fieldset.Legend>
          {SEARCH_KINDS.map((kind) => (
            <Checkbox
              key={kind}
              value={kind}
              label={label(labels.kind(kind), countOf('kind', kind))}
              checked={state.kinds.includes(kind)}
              onChange={() => onChange({ kinds: toggle(state.kinds, kind) })}
            />
          ))}
        </Fieldset>
      )}
      {available.openOnly && (
        <Fieldset data-size="sm">
          <Fieldset.Legend>{t('filters.status')}</Fieldset.Legend>
          <Checkbox
            label={t('filters.openOnly')}
            checked={state.openOnly}
            onChange={() => onChange({ openOnly: !state.openOnly })}
          />
        </Fieldset>
      )}
      <FitFilter state={state} onChange={onChange} />
      <Fieldset data-size="sm">
        <Fieldset.Legend>{t('filters.serviceArea')}</Fieldset.Legend>
        {areas.map((area) => (
          <Checkbox
            key={area.id}
            value={area.id}
            label={label(area.name, countOf('serviceArea', area.id))}
            checked={state.serviceAreas.includes(area.id)}
            onChange={() => onChange({ serviceAreas: toggle(state.serviceAreas, area.id) })}
          />
        ))}
      </Fieldset>
      <FacetFilter
        legend="filters.solutionKind"
        values={facetValues(state.solutionKinds, facets.solutionKind)}
        labelOf={labels.solutionKind}
        selected={state.solutionKinds}
        onToggle={(kind) => onChange({ solutionKinds: toggle(state.solutionKinds, kind) })}
      />
      <FacetFilter
        legend="filters.maturity"
        values={facetValues(state.maturities, facets.maturity)}
        labelOf={labels.maturity}
        selected={state.maturities}
        onToggle={(maturity) => onChange({ maturities: toggle(state.maturities, maturity) })}
      />
      {(state.openSourceOnly || facets.openSource?.some((f) => f.value === 'true')) && (
        <Fieldset data-size="sm">
          <Fieldset.Legend>{t('filters.openSource')}</Fieldset.Legend>
          <Checkbox
            label={label(t('filters.openSourceOnly'), countOf('openSource', 'true'))}
            checked={state.openSourceOnly}
            onChange={() => onChange({ openSourceOnly: !state.openSourceOnly })}
          />
        </Fieldset>
      )}
      <FacetFilter
        legend="filters.licenseId"
        values={facetValues(state.licenseIds, facets.licenseId)}
        labelOf={labels.licenseId}
        selected={state.licenseIds}
        onToggle={(license) => onChange({ licenseIds: toggle(state.licenseIds, license) })}
      />
      <FacetFilter
        legend="filters.procedure"
        values={facetValues(state.procedures, facets.procedure)}
        labelOf={labels.procedure}
        selected={state.procedures}
        onToggle={(procedure) => onChange({ procedures: toggle(state.procedures, procedure) })}
      />
      <FacetFilter
        legend="filters.cpvDivision"
        values={facetValues(state.cpvDivisions, facets.cpvDivision)}
        labelOf={(division) =>
          labels.cpvDivision(division, facets.cpvDivision?.find((f) => f.value === division)?.cpv)
        }
        selected={state.cpvDivisions}
        onToggle={(division) => onChange({ cpvDivisions: toggle(state.cpvDivisions, division) })}
      />
      <FacetFilter
        legend="filters.county"
        values={facetValues(state.countyNumbers, facets.ownerCounty)}
        labelOf={labels.county}
        selected={state.countyNumbers}
        onToggle={(county) => onChange({ countyNumbers: toggle(state.countyNumbers, county) })}
      />
      {hasFilters(state) && (
        <Button variant="tertiary" data-size="sm" onClick={() => onChange(NO_FILTERS)}>
          {t('filters.clear')}
        </Button>
      )}
    </div>
  );
}

/** The facet's values in the current results (most frequent first), then chosen values they lack. */
function facetValues<T extends string>(
  selected: readonly T[],
  facet: FacetValueView[] = [],
): FacetValueView[] {
  const missing = selected.filter((value) => !facet.some((f) => f.value === value));
  return [...facet, ...missing.map((value) => ({ value, count: null }))];
}

interface FacetFilterProps<T extends string> {
  legend: MessageKey;
  values: FacetValueView[];
  labelOf(value: T): string;
  selected: readonly T[];
  onToggle(value: T): void;
}

/** One facet as a group of checkboxes; left out while the results have no values for it. */
function FacetFilter<T extends string>({ legend, values, labelOf, selected, onToggle }: FacetFilterProps<T>) {
  const { t } = useI18n();
  if (values.length === 0) return null;
  return (
    <Fieldset data-size="sm">
      <Fieldset.Legend>{t(legend)}</Fieldset.Legend>
      {values.map(({ value, count }) => (
        <Checkbox
          key={value}
          value={value}
          label={count === null ? labelOf(value as T) : `${labelOf(value as T)} (${count})`}
          checked={selected.includes(value as T)}
          onChange={() => onToggle(value as T)}
        />
      ))}
    </Fieldset>
  );
}
