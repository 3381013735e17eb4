import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';
import type { SearchSort } from '../../../generated/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { SEARCH_SORTS, type SearchState, sortOf } from '../search-params';

interface SearchSortControlProps {
  state: SearchState;
  onChange: (change: Partial<SearchState>) => void;
}

/**
 * The order of the results, kept in the URL like the filters. Relevance is offered only with a
 * query: without one there is nothing to be relevant to.
 */
export function SearchSortControl({ state, onChange }: SearchSortControlProps) {
  const { t } = useI18n();
  const id = useId();
  const sorts = state.query ? SEARCH_SORTS : SEARCH_SORTS.filter((sort) => sort !== 'RELEVANCE');
  return (
    <Field className="search-sort" data-size="sm">
      <Label htmlFor={id}>{t('searchSort.label')}</Label>
      <Select
        id={id}
        value={sortOf(state)}
        onChange={(event) => onChange({ sort: event.target.value as SearchSort })}
        width="auto"
      >
        {sorts.map((sort) => (
          <Select.Option key={sort} value={sort}>
            {t(`searchSort.${sort}`)}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
