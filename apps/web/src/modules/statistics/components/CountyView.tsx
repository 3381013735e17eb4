import { useQuery } from '@apollo/client/react';
import { Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { ErrorAlert, Loading } from '../../common/components/QueryState';
import { CountyMunicipalitiesQuery } from '../graphql/statistics';
import { DataTable } from './DataTable';

interface County {
  countyNumber: string;
  countyName: string;
}

/** A county's municipalities: which share solutions and which reuse them; the county with most reuse first. */
export function CountyView({ counties }: { counties: County[] }) {
  const { t } = useI18n();
  const selectId = useId();
  const [countyNumber, setCountyNumber] = useState(counties[0]?.countyNumber ?? '');
  const byName = [...counties].sort((a, b) => a.countyName.localeCompare(b.countyName, 'nb'));
  const county = counties.find((c) => c.countyNumber === countyNumber);
  return (
    <section className="statistics-section" aria-labelledby="county-view-heading">
      <Heading level={2} data-size="sm" id="county-view-heading">
        {t('statistics.countyView.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('statistics.countyView.description')}</Paragraph>
      <Field>
        <Label htmlFor={selectId}>{t('statistics.countyView.select')}</Label>
        <Select
          id={selectId}
          value={countyNumber}
          onChange={(e) => setCountyNumber(e.target.value)}
          width="auto"
        >
          {byName.map((c) => (
            <Select.Option key={c.countyNumber} value={c.countyNumber}>
              {c.countyName}
            </Select.Option>
          ))}
        </Select>
      </Field>
      {county && <Municipalities county={county} />}
    </section>
  );
}

function Municipalities({ county }: { county: County }) {
  const { t } = useI18n();
  const { data, previousData, loading, error } = useQuery(CountyMunicipalitiesQuery, {
    variables: { countyNumber: county.countyNumber },
  });
  const municipalities = (data ?? previousData)?.statistics.municipalities;
  if (error) return <ErrorAlert error={error} />;
  if (!municipalities) return loading ? <Loading /> : null;
  return (
    <>
      <Paragraph role="status">
        {t('statistics.countyView.summary', {
          sharing: municipalities.filter((m) => m.sharedSolutions > 0).length,
          reusing: municipalities.filter((m) => m.reusedSolutions > 0).length,
          total: municipalities.length,
        })}
      </Paragraph>
      <DataTable
        caption={t('statistics.countyView.caption', { county: county.countyName })}
        fileName={`kommuner-${county.countyNumber}`}
        columns={[t('statistics.municipality'), t('statistics.shared'), t('statistics.reused')]}
        rows={municipalities.map((m) => ({
          key: m.municipalityNumber,
          cells: [m.name, m.sharedSolutions, m.reusedSolutions],
        }))}
      />
    </>
  );
}
