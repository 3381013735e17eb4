import { Paragraph, Textfield } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { ErrorAlert, Loading } from '../../common/components/QueryState';
import { useDebounced } from '../../common/hooks/useDebounced';
import { ResultPagination } from '../../search/components/ResultPagination';

export const DIRECTORY_PAGE_SIZE = 20;

/** The search text (settled) and page of one directory list; a new search starts at page 1. */
export function useDirectorySearch() {
  const [text, setTextNow] = useState('');
  const [page, setPage] = useState(1);
  const search = useDebounced(text.trim(), 250);
  return {
    text,
    setText: (next: string) => {
      setTextNow(next);
      setPage(1);
    },
    search: search || null,
    page,
    setPage,
    offset: (page - 1) * DIRECTORY_PAGE_SIZE,
  };
}

interface DirectoryListProps {
  id: string;
  searchLabel: string;
  pagesLabel: string;
  directory: ReturnType<typeof useDirectorySearch>;
  totalCount: number | undefined;
  loading: boolean;
  error: unknown;
  /** Filters beside the search field. */
  filters?: ReactNode;
  /** The table of the current page; not shown when nothing matched. */
  children: ReactNode;
}

/** A search field, the number of matches, the page of results and the pages: the shape of both directories. */
export function DirectoryList(props: DirectoryListProps) {
  const { t, plural } = useI18n();
  const { directory, totalCount } = props;
  const totalPages = Math.ceil((totalCount ?? 0) / DIRECTORY_PAGE_SIZE);
  return (
    <>
      <div className="directory__filters">
        <Textfield
          id={`${props.id}-search`}
          label={props.searchLabel}
          type="search"
          value={directory.text}
          onChange={(event) => directory.setText(event.target.value)}
        />
        {props.filters}
      </div>
      <p role="status" className="directory__count">
        {totalCount !== undefined &&
          plural({ one: 'directory.count.one', other: 'directory.count.other' }, totalCount)}
      </p>
      {props.loading && totalCount === undefined && <Loading />}
      <ErrorAlert error={props.error} />
      {totalCount === 0 && <Paragraph>{t('directory.none')}</Paragraph>}
      {Boolean(totalCount) && props.children}
      {totalPages > 1 && (
        <ResultPagination
          page={directory.page}
          totalPages={totalPages}
          onPage={directory.setPage}
          label={props.pagesLabel}
        />
      )}
    </>
  );
}
