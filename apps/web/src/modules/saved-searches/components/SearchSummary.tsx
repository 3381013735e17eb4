import { Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '../../../i18n/I18nProvider';
import { useFilterLabels } from '../../search/hooks/useFilterLabels';
import type { SavedSearchCriteria } from '../saved-search-state';

/** A saved (or to-be-saved) search in words: its query and each filter with its values' names. */
export function SearchSummary({ criteria }: { criteria: SavedSearchCriteria }) {
  const { t } = useI18n();
  const labels = useFilterLabels();
  const rows: [term: string, value: string][] = [];
  const add = (term: string, values: readonly string[]) => {
    if (values.length > 0) rows.push([term, values.join(', ')]);
  };
  add(t('savedSearches.query'), criteria.query ? [`«${criteria.query}»`] : []);
  add(t('filters.kind'), criteria.kinds.map(labels.kind));
  add(t('filters.serviceArea'), criteria.serviceAreas.map(labels.serviceArea));
  add(t('filters.procedure'), criteria.procedures.map(labels.procedure));
  add(
    t('filters.cpvDivision'),
    criteria.cpvDivisions.map((division) => labels.cpvDivision(division)),
  );
  add(t('filters.county'), criteria.countyNumbers.map(labels.county));
  add(t('filters.status'), criteria.openOnly ? [t('filters.openOnly')] : []);
  if (rows.length === 0) return <Paragraph data-size="sm">{t('savedSearches.everything')}</Paragraph>;
  return (
    <dl className="search-summary">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
