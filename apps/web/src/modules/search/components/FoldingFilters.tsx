import { Button } from '@digdir/designsystemet-react';
import { type ReactNode, useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { NARROW, useMediaQuery } from '../../common/hooks/useMediaQuery';

/** On a phone the filters fold behind a "Filtrer" button that tells how many are chosen. */
export function FoldingFilters({ activeCount, children }: { activeCount: number; children: ReactNode }) {
  const { t } = useI18n();
  const narrow = useMediaQuery(NARROW);
  const [open, setOpen] = useState(false);
  const pending = narrow === null || undefined;
  return (
    <>
      {narrow !== false && (
        <Button
          variant="secondary"
          data-size="sm"
          className="search-page__filter-toggle"
          data-media-pending={pending}
          aria-expanded={open}
          aria-controls="search-filter-panel"
          onClick={() => setOpen(!open)}
        >
          {activeCount > 0 ? t('filters.toggleActive', { count: activeCount }) : t('filters.toggle')}
        </Button>
      )}
      <div id="search-filter-panel" hidden={narrow === true && !open} data-media-pending={pending}>
        {children}
      </div>
    </>
  );
}
