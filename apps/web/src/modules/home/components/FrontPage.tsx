import { useQuery } from '@apollo/client/react';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { paths } from '../../../app/paths';
import { useI18n } from '../../../i18n/I18nProvider';
import { useSession } from '../../auth/hooks/SessionProvider';
import { AppLink, ButtonLink } from '../../common/components/AppLink';
import { CardPlaceholders, HitGrid, HitList } from '../../common/components/HitList';
import { PageHeading } from '../../common/components/PageHeading';
import { ErrorAlert } from '../../common/components/QueryState';
import { useServiceAreas } from '../../common/hooks/useServiceAreas';
import { NeedsQuery } from '../../needs/graphql/needs';
import { needHit } from '../../needs/need-hit';
import { NoticesQuery } from '../../procurement/graphql/procurement';
import { noticeHit } from '../../procurement/notice-hit';
import { SearchBox } from '../../search/components/SearchBox';
import { useSearchFor } from '../../search/hooks/useSearchFor';
import { SolutionsQuery } from '../../solutions/graphql/solution';
import { solutionHit } from '../../solutions/solution-hit';

const POPULAR_AREAS = [
  'helse-og-omsorg',
  'plan-bygg-og-eiendom',
  'administrasjon-og-saksbehandling',
  'oppvekst-og-utdanning',
];

export function FrontPage() {
  const { t } = useI18n();
  const { viewer } = useSession();
  const { areas, nameOf } = useServiceAreas();
  const searchFor = useSearchFor();

  return (
    <div className="front-page">
      <div className="hero">
        <PageHeading title={t('home.title')}>{t('home.heading')}</PageHeading>
        <Paragraph data-size="lg" className="lead">
          {t('home.intro')}
        </Paragraph>
        <SearchBox onSearch={searchFor} label={t('home.searchLabel')} />
        {areas.length > 0 && (
          <nav aria-label={t('home.popularAreas')} className="area-links">
            <span className="area-links__label">{t('home.popularAreas')}:</span>
            <ul>
              {POPULAR_AREAS.map((area) => (
                <li key={area}>
                  <AppLink to={paths.search(`omrade=${area}`)}>{nameOf(area)}</AppLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </div>
      <MostReused />
      <div className="front-columns">
        <NewestNeeds />
        <OpenNotices />
      </div>
      <section className="call-to-action" aria-labelledby="share-heading">
        <Heading level={2} data-size="sm" id="share-heading">
          {t('home.shareHeading')}
        </Heading>
        <Paragraph>{t('home.shareText')}</Paragraph>
        <ButtonLink to={viewer ? paths.newSolution : paths.login} variant="secondary">
          {t('home.shareButton')}
        </ButtonLink>
      </section>
    </div>
  );
}

function MostReused() {
  const { t } = useI18n();
  const { data, error } = useQuery(SolutionsQuery, {
    variables: { sort: 'MOST_REUSED', limit: 6, offset: 0 },
  });
  return (
    <section aria-labelledby="most-reused-heading" className="front-section" aria-busy={!data && !error}>
      <Heading level={2} data-size="sm" id="most-reused-heading">
        {t('home.mostReused')}
      </Heading>
      <ErrorAlert error={error} />
      {data ? (
        <HitGrid hits={data.solutions.items.map(solutionHit)} />
      ) : (
        !error && <CardPlaceholders count={6} grid />
      )}
      <Paragraph>
        <AppLink to={paths.search()}>{t('home.seeAll')}</AppLink>
      </Paragraph>
    </section>
  );
}

function NewestNeeds() {
  const { t } = useI18n();
  const { data, error } = useQuery(NeedsQuery, {
    variables: { filter: { statuses: ['OPEN'] }, limit: 3, offset: 0 },
  });
  return (
    <section aria-labelledby="newest-needs-heading" className="front-section" aria-busy={!data && !error}>
      <Heading level={2} data-size="sm" id="newest-needs-heading">
        {t('home.newestNeeds')}
      </Heading>
      <ErrorAlert error={error} />
      {data ? <HitList hits={data.needs.items.map(needHit)} /> : !error && <CardPlaceholders count={3} />}
      <Paragraph>
        <AppLink to={paths.needs}>{t('home.seeAllNeeds')}</AppLink>
      </Paragraph>
    </section>
  );
}

function OpenNotices() {
  const { t } = useI18n();
  const { data, error } = useQuery(NoticesQuery, {
    variables: { filter: { openOnly: true }, limit: 3, offset: 0 },
  });
  return (
    <section aria-labelledby="open-notices-heading" className="front-section" aria-busy={!data && !error}>
      <Heading level={2} data-size="sm" id="open-notices-heading">
        {t('home.openNotices')}
      </Heading>
      <ErrorAlert error={error} />
      {data ? (
        <HitList hits={data.procurementNotices.items.map(noticeHit)} />
      ) : (
        !error && <CardPlaceholders count={3} />
      )}
      <Paragraph>
        <AppLink to={paths.notices}>{t('home.seeAllNotices')}</AppLink>
      </Paragraph>
    </section>
  );
}
