import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useI18n } from '../../../i18n/I18nProvider';

export interface Bars {
  /** Each bar's label and value. */
  data: { label: string; value: number }[];
  /** Bars lying down, labels on the left: for long labels such as county names. */
  horizontal?: boolean;
}

const BAR_HEIGHT = 28;

/**
 * A bar chart for sighted readers; a screen reader hears its name and is pointed to the table with the
 * same figures, so the chart's own parts stay hidden from it.
 */
export function BarChartFigure({ title, data, horizontal = false }: Bars & { title: string }) {
  const { t, formatNumber } = useI18n();
  const format = (value: unknown) => formatNumber(Number(value));
  const height = horizontal ? Math.max(160, data.length * BAR_HEIGHT + 40) : 280;
  return (
    <div className="statistics-chart" role="img" aria-label={t('statistics.chartLabel', { title })}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart
          data={data}
          layout={horizontal ? 'vertical' : 'horizontal'}
          margin={{ top: 16, right: 32, bottom: 8, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={!horizontal} vertical={horizontal} />
          {horizontal ? (
            <>
              <XAxis type="number" allowDecimals={false} tickFormatter={format} />
              <YAxis type="category" dataKey="label" width={120} interval={0} />
            </>
          ) : (
            <>
              <XAxis dataKey="label" />
              <YAxis allowDecimals={false} tickFormatter={format} width={40} />
            </>
          )}
          <Bar dataKey="value" fill="var(--ds-color-accent-base-default)" isAnimationActive={false}>
            <LabelList dataKey="value" position={horizontal ? 'right' : 'top'} formatter={format} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
