'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface ChartSeries {
  key: string;
  label: string;
  colour: string;
}

/**
 * Incidents by week, each bar stacked by channel. For sighted users only (hidden from assistive
 * technology): the page gives the same figures as a table, with a sentence saying what it shows.
 */
export function WeeklyChart({ weeks, series }: { weeks: Record<string, string | number>[]; series: ChartSeries[] }) {
  return (
    <div className="app-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={320}>
        <BarChart data={weeks} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 14 }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 14 }} width={40} />
          <Tooltip />
          <Legend />
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} stackId="week" fill={s.colour} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
