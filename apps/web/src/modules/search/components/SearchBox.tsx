import { Search } from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';

interface SearchBoxProps {
  initialQuery?: string;
  onSearch(query: string): void;
  /** Visible label above the field; otherwise the field is labelled for screen readers only. */
  label?: string;
}

/** The free-text search field; searches on submit (Enter or the button). */
export function SearchBox({ initialQuery = '', onSearch, label }: SearchBoxProps) {
  const { t } = useI18n();
  const labelId = useId();
  const [query, setQuery] = useState(initialQuery);
  useEffect(() => setQuery(initialQuery), [initialQuery]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(query.trim());
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is not yet known to every browser (nor jsdom)
    <form role="search" onSubmit={submit} className="search-box" aria-labelledby={labelId}>
      <label
        id={labelId}
        htmlFor={`${labelId}-input`}
        className={label ? 'search-box__label' : 'visually-hidden'}
      >
        {label ?? t('search.label')}
      </label>
      <Search>
        <Search.Input
          id={`${labelId}-input`}
          name="q"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder={t('search.placeholder')}
          autoComplete="off"
        />
        <Search.Button>{t('search.submit')}</Search.Button>
      </Search>
    </form>
  );
}
