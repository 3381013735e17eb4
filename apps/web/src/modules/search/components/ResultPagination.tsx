import { Pagination, usePagination } from '@digdir/designsystemet-react';
import { useI18n } from '../../../i18n/I18nProvider';

interface ResultPaginationProps {
  page: number;
  totalPages: number;
  onPage(page: number): void;
  /** The navigation's name, for a page with more than one list of pages. */
  label?: string;
}

export function ResultPagination({ page, totalPages, onPage, label }: ResultPaginationProps) {
  const { t } = useI18n();
  const { pages, prevButtonProps, nextButtonProps } = usePagination({
    currentPage: page,
    totalPages,
    showPages: 7,
    setCurrentPage: onPage,
  });
  return (
    <Pagination aria-label={label ?? t('pagination.label')}>
      <Pagination.List>
        <Pagination.Item>
          <Pagination.Button {...prevButtonProps} aria-label={t('pagination.previous')}>
            {t('pagination.previous')}
          </Pagination.Button>
        </Pagination.Item>
        {pages.map(({ page: number, itemKey, buttonProps }) => (
          <Pagination.Item key={itemKey}>
            {typeof number === 'number' && (
              <Pagination.Button {...buttonProps} aria-label={t('pagination.page', { page: number })}>
                {number}
              </Pagination.Button>
            )}
          </Pagination.Item>
        ))}
        <Pagination.Item>
          <Pagination.Button {...nextButtonProps} aria-label={t('pagination.next')}>
            {t('pagination.next')}
          </Pagination.Button>
        </Pagination.Item>
      </Pagination.List>
    </Pagination>
  );
}
