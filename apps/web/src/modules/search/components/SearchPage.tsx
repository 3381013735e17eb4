import { Heading, Link, SkipLink } from '@digdir/designsystemet-react';
import { paths } from '../../../app/paths';
import { useI18n } from '../../../i18n/I18nProvider';
import { HitList } from '../../common/components/HitList';
import { PageHeading } from '../../common/components/PageHeading';
import { ErrorAlert, Loading } from '../../common/components/QueryState';
import { SaveSearchControl } from '../../saved-searches/components/SaveSearchControl';
import { useSearchResults } from '../hooks/useSearchResults';
import { useSearchState } from '../hooks/useSearchState';
import { activeFilterCount, MAX_EXPORT_ROWS, PAGE_SIZE, sortOf, toSearchParams } from '../search-params';
import { EmptyResults } from './EmptyResults';
import { FoldingFilters } from './FoldingFilters';
import { ResultPagination } from './ResultPagination';
import { SearchBox } from './SearchBox';
import { SearchFilters } from './SearchFilters';
import { SearchSortControl } from './SearchSortControl';

export function SearchPage() {
  const { t } = useI18n();
  const { state, update } = useSearchState();
  const { result, loading, stale, error, available } = useSearchResults(state);

  return (
    <div className="search-page">
      <PageHeading
        title={state.query ? t('search.titleWithQuery', { query: state.query }) : t('search.heading')}
      >
        {t('search.heading')}
      </PageHeading>
      <SearchBox initialQuery={state.query} onSearch={(query) => update({ query })} />
      <SaveSearchControl state={state} />
      <SkipLink href="#search-results">{t('search.skipToResults')}</SkipLink>
      <div className="search-page__columns">
        <aside className="search-page__filters" aria-labelledby="filters-heading">
          <Heading level={2} data-size="xs" id="filters-heading">
            {t('filters.heading')}
          </Heading>
          <FoldingFilters activeCount={activeFilterCount(state)}>
            <SearchFilters
              state={state}
              facets={result?.facets ?? {}}
              onChange={update}
              available={available}
            />
          </FoldingFilters>
        </aside>
        <section
          id="search-results"
          tabIndex={-1}
          className="search-page__results"
          aria-labelledby="results-heading"
          aria-busy={stale}
          data-results-for={result && !stale ? toSearchParams(state).toString() : undefined}
        >
          <div className="search-page__results-head">
            <Heading level={2} data-size="xs" id="results-heading">
              {t('search.results')}
            </Heading>
            <SearchSortControl state={state} onChange={update} />
          </div>
          {/* The count and the order are announced together whenever either changes. */}
          <p role="status" className="search-page__count">
            {stale
              ? t('search.loading')
              : result && (
                  <>
                    {t(state.query ? 'search.countWithQuery' : 'search.count', {
                      count: result.totalCount,
                      query: state.query,
                    })}
                    <span className="visually-hidden"> {t(`searchSort.sortedBy.${sortOf(state)}`)}</span>
                  </>
                )}
          </p>
          {error && <ErrorAlert error={error} />}
          {!result && loading && <Loading label={t('search.loading')} />}
          {result && result.totalCount === 0 && <EmptyResults state={state} onChange={update} />}
          {result && result.hits.length > 0 && <HitList hits={result.hits} stale={stale} />}
          {/* The export is anonymous, so it cannot know the viewer's systems: not offered with that filter. */}
          {result && result.totalCount > 0 && !state.runsOnOurSystems && (
            <p className="search-page__export">
              <Link href={paths.searchCsv(toSearchParams({ ...state, page: 1 }))} download>
                {t('exports.searchCsv')}
              </Link>{' '}
              {t('exports.searchCsvDescription', { max: MAX_EXPORT_ROWS })}
            </p>
          )}
          {result && result.totalCount > PAGE_SIZE && (
            <ResultPagination
              page={state.page}
              totalPages={Math.ceil(result.totalCount / PAGE_SIZE)}
              onPage={(page) => update({ page })}
            />
          )}
        </section>
      </div>
    </div>
  );
}
