'use client';

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface ChartSeries {
  key: string;
  label: string;
  colour: string;
}

export interface DatasetChartProps {
  kind: 'bar' | 'stacked' | 'line';
  /** One row a bar (or a point): its label under `label`, a number under each series' key. */
  rows: Record<string, string | number | null>[];
  series: ChartSeries[];
  /** Bars across the page, one a row (for long labels such as agencies' names). */
  horizontal?: boolean;
  /** The value axis as a percentage, 0 to 100. */
  percent?: boolean;
  /** Values may be fractions (a joint referral counts a half): the axis then shows them. */
  fractions?: boolean;
  height?: number;
}

/**
 * One of the dataset's charts. For sighted users only (hidden from assistive technology): the page gives
 * the same figures as a table, with a sentence saying what the chart shows.
 */
export function DatasetChart({ kind, rows, series, horizontal = false, percent = false, fractions = false, height = 300 }: DatasetChartProps) {
  const valueAxis = { allowDecimals: fractions, tick: { fontSize: 14 }, ...(percent ? { domain: [0, 100] as [number, number], unit: '%' } : {}) };
  return (
    <div className="app-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={height}>
        {kind === 'line' ? (
          <LineChart data={rows} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 14 }} padding={{ left: 40, right: 40 }} />
            <YAxis {...valueAxis} width={48} />
            <Tooltip />
            <Legend />
            {series.map((s) => (
              <Line key={s.key} dataKey={s.key} name={s.label} stroke={s.colour} strokeWidth={3} isAnimationActive={false} connectNulls />
            ))}
          </LineChart>
        ) : (
          <BarChart data={rows} layout={horizontal ? 'vertical' : 'horizontal'} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={horizontal} horizontal={!horizontal} />
            {horizontal ? (
              <>
                <XAxis type="number" {...valueAxis} />
                <YAxis type="category" dataKey="label" tick={{ fontSize: 13 }} width={190} interval={0} />
              </>
            ) : (
              <>
                <XAxis dataKey="label" tick={{ fontSize: 14 }} />
                <YAxis {...valueAxis} width={48} />
              </>
            )}
            <Tooltip />
            <Legend />
            {series.map((s) => (
              <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.colour} stackId={kind === 'stacked' ? 'one' : undefined} isAnimationActive={false} />
            ))}
          </BarChart>
        )}
      </ResponsiveContainer>
    </div>
  );
}
