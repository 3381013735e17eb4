import { useQuery } from '@apollo/client/react';
import { Paragraph } from '@digdir/designsystemet-react';
import { paths } from '../../../app/paths';
import type { StatisticsQuery as StatisticsData } from '../../../generated/graphql';
import { formatMonth } from '../../../i18n/format';
import { useI18n } from '../../../i18n/I18nProvider';
import { AppLink } from '../../common/components/AppLink';
import { PageHeading } from '../../common/components/PageHeading';
import { ErrorAlert, Loading } from '../../common/components/QueryState';
import { StatisticsQuery } from '../graphql/statistics';
import { ChartSection } from './ChartSection';
import { CountyView } from './CountyView';
import './statistics.css';

type Statistics = StatisticsData['statistics'];

/** What reuse has gained, public: key figures, reuse by month and county, the most reused, a county's municipalities. */
export function StatisticsPage() {
  const { t } = useI18n();
  const { data, loading, error } = useQuery(StatisticsQuery);
  return (
    <div className="statistics-page">
      <PageHeading>{t('statistics.heading')}</PageHeading>
      <Paragraph>{t('statistics.intro')}</Paragraph>
      <ErrorAlert error={error} />
      {!data && loading && <Loading />}
      {data && <StatisticsContent statistics={data.statistics} />}
    </div>
  );
}

function StatisticsContent({ statistics }: { statistics: Statistics }) {
  return (
    <>
      <KeyFigures statistics={statistics} />
      <ByMonth statistics={statistics} />
      <ByCounty statistics={statistics} />
      <MostReused statistics={statistics} />
      <CountyView counties={statistics.adoptionsByCounty} />
    </>
  );
}

function KeyFigures({ statistics }: { statistics: Statistics }) {
  const { t, formatNumber, formatNok } = useI18n();
  const figures = [
    ['statistics.publishedSolutions', formatNumber(statistics.publishedSolutions)],
    ['statistics.organizationsSharing', formatNumber(statistics.organizationsSharing)],
    ['statistics.organizationsReusing', formatNumber(statistics.organizationsReusing)],
    ['statistics.adoptionsInUse', formatNumber(statistics.adoptionsInUse)],
    ['statistics.hoursSavedPerYear', formatNumber(statistics.hoursSavedPerYear)],
    ['statistics.savingsNokPerYear', formatNok(statistics.savingsNokPerYear)],
  ] as const;
  return (
    <section aria-label={t('statistics.figures')}>
      <dl className="statistics-figures">
        {figures.map(([label, value]) => (
          <div key={label} className="statistics-figures__item">
            <dt>{t(label)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function ByMonth({ statistics }: { statistics: Statistics }) {
  const { t, language } = useI18n();
  const months = statistics.adoptionsByMonth;
  return (
    <ChartSection
      id="by-month"
      heading={t('statistics.byMonth.heading')}
      description={t('statistics.byMonth.description')}
      chart={{ data: months.map((m) => ({ label: formatMonth(language, m.month), value: m.count })) }}
      table={{
        fileName: 'gjenbruk-per-maned',
        columns: [t('statistics.month'), t('statistics.adoptions')],
        rows: months.map((m) => ({
          key: m.month,
          cells: [m.month, m.count],
          display: [formatMonth(language, m.month)],
        })),
      }}
    />
  );
}

function ByCounty({ statistics }: { statistics: Statistics }) {
  const { t } = useI18n();
  const counties = statistics.adoptionsByCounty;
  return (
    <ChartSection
      id="by-county"
      heading={t('statistics.byCounty.heading')}
      description={t('statistics.byCounty.description')}
      chart={{ horizontal: true, data: counties.map((c) => ({ label: c.countyName, value: c.count })) }}
      table={{
        fileName: 'gjenbruk-per-fylke',
        columns: [t('statistics.county'), t('statistics.adoptions')],
        rows: counties.map((c) => ({ key: c.countyNumber, cells: [c.countyName, c.count] })),
      }}
    />
  );
}

function MostReused({ statistics }: { statistics: Statistics }) {
  const { t } = useI18n();
  return (
    <ChartSection
      id="most-reused"
      heading={t('statistics.mostReused.heading')}
      description={t('statistics.mostReused.description')}
      table={{
        fileName: 'mest-gjenbrukte-losninger',
        columns: [
          t('statistics.solution'),
          t('statistics.owner'),
          t('statistics.inUse'),
          t('statistics.reuseTotal'),
        ],
        rows: statistics.mostReused.map((s) => ({
          key: s.id,
          cells: [s.title, s.owner.name, s.inUseCount, s.reuseCount],
          display: [
            <AppLink key="title" to={paths.solution(s.id)}>
              {s.title}
            </AppLink>,
          ],
        })),
      }}
    />
  );
}
