import { Button, Checkbox, Fieldset } from '@digdir/designsystemet-react';
import { useI18n } from '../../../i18n/I18nProvider';
import { useServiceAreas } from '../../common/hooks/useServiceAreas';
import { hasFilters, SEARCH_KINDS, type SearchState, toggle } from '../search-params';
import type { FacetValueView } from '../search-view';

interface SearchFiltersProps {
  state: SearchState;
  facets: Record<string, FacetValueView[]>;
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
  // Counts are over the current results, so a value they do not list gets no count (choosing it
  // widens the search rather than emptying it).
  const countOf = (field: string, value: string) =>
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
              label={label(t(`kind.${kind}`), countOf('kind', kind))}
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
      {hasFilters(state) && (
        <Button
          variant="tertiary"
          data-size="sm"
          onClick={() => onChange({ kinds: [], serviceAreas: [], organizationIds: [], openOnly: false })}
        >
          {t('filters.clear')}
        </Button>
      )}
    </div>
  );
}
