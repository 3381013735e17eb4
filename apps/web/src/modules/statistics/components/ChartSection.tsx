import { Details, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '../../../i18n/I18nProvider';
import { BarChartFigure, type Bars } from './BarChartFigure';
import { DataTable, type TableData } from './DataTable';

interface ChartSectionProps {
  id: string;
  heading: string;
  description: string;
  chart?: Bars;
  table: Omit<TableData, 'caption'>;
}

/** One chart with its figures as a table, which a screen reader reaches and anyone can download. */
export function ChartSection({ id, heading, description, chart, table }: ChartSectionProps) {
  const { t } = useI18n();
  const headingId = `${id}-heading`;
  const empty = table.rows.length === 0;
  const dataTable = <DataTable caption={heading} {...table} />;
  return (
    <section className="statistics-section" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {heading}
      </Heading>
      <Paragraph data-size="sm">{description}</Paragraph>
      {empty && <Paragraph>{t('statistics.none')}</Paragraph>}
      {!empty && chart && <BarChartFigure title={heading} {...chart} />}
      {!empty && chart && (
        <Details>
          <Details.Summary>{t('statistics.showTable')}</Details.Summary>
          <Details.Content>{dataTable}</Details.Content>
        </Details>
      )}
      {!empty && !chart && dataTable}
    </section>
  );
}
