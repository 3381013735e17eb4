import { useQuery } from '@apollo/client/react';
import { Checkbox, Paragraph } from '@digdir/designsystemet-react';
import { paths } from '../../../app/paths';
import { useI18n } from '../../../i18n/I18nProvider';
import { useSession } from '../../auth/hooks/SessionProvider';
import { ButtonLink } from '../../common/components/AppLink';
import { AreaSelect } from '../../common/components/AreaSelect';
import { HitList } from '../../common/components/HitList';
import { PageHeading } from '../../common/components/PageHeading';
import { ErrorAlert, Loading } from '../../common/components/QueryState';
import { useListParams } from '../../common/hooks/useListParams';
import { ResultPagination } from '../../search/components/ResultPagination';
import { PAGE_SIZE } from '../../search/search-params';
import { NeedsQuery } from '../graphql/needs';
import { needHit } from '../need-hit';

/** Every need, newest first; open ones by default. */
export function NeedsPage() {
  const { t } = useI18n();
  const { viewer } = useSession();
  const { area, showAll, page, set } = useListParams();
  const { data, previousData, loading, error } = useQuery(NeedsQuery, {
    variables: {
      filter: { statuses: showAll ? null : ['OPEN'], serviceAreas: area ? [area] : null },
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    },
  });
  const shown = data ?? previousData;
  return (
    <div className="list-page">
      <div className="section-header">
        <PageHeading>{t('needs.heading')}</PageHeading>
        {viewer?.can.postNeeds && (
          <ButtonLink to={paths.newNeed} variant="secondary">
            {t('needs.new')}
          </ButtonLink>
        )}
      </div>
      <Paragraph>{t('needs.intro')}</Paragraph>
      <div className="list-filters">
        <AreaSelect value={area} onChange={(value) => set('omrade', value)} />
        <Checkbox
          label={t('needs.showAll')}
          checked={showAll}
          onChange={() => set('alle', showAll ? null : '1')}
        />
      </div>
      <p role="status" className="search-page__count">
        {shown && t('search.count', { count: shown.needs.totalCount })}
      </p>
      <ErrorAlert error={error} />
      {!shown && loading && <Loading />}
      {shown && shown.needs.items.length === 0 && <Paragraph>{t('needs.none')}</Paragraph>}
      {shown && <HitList hits={shown.needs.items.map(needHit)} stale={loading} headingLevel={2} />}
      {shown && shown.needs.totalCount > PAGE_SIZE && (
        <ResultPagination
          page={page}
          totalPages={Math.ceil(shown.needs.totalCount / PAGE_SIZE)}
          onPage={(next) => set('side', String(next))}
        />
      )}
    </div>
  );
}
