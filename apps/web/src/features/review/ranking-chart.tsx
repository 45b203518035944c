import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { t } from '../../i18n';
import { formatScore } from '../../lib/format';
import type { ScoreAxis } from './chart-scale';

export interface ChartRow {
  name: string;
  self: number;
  reviewed: number;
}

/**
 * Reviewed vs self totals per unit, best first, on an axis fitted to the scores (a 0–100 axis
 * makes 99,50 and 100 look equal). The table beside it carries the same figures for screen readers.
 */
export default function RankingChart({ rows, axis }: { rows: ChartRow[]; axis: ScoreAxis }) {
  return (
    <ResponsiveContainer width="100%" height={Math.max(240, rows.length * 44)}>
      <BarChart data={rows} layout="vertical" margin={{ left: 16, right: 24 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis
          type="number"
          domain={axis.domain}
          ticks={axis.ticks}
          allowDataOverflow
          tickFormatter={(v: number) => formatScore(v)}
        />
        <YAxis type="category" dataKey="name" width={200} tick={{ fontSize: 12 }} />
        <Tooltip formatter={(value) => formatScore(Number(value))} />
        {/* The legend's words in the text colour: the pale bar's own blue is unreadable on white. */}
        <Legend
          formatter={(value: string) => <span style={{ color: 'var(--mantine-color-text)' }}>{value}</span>}
        />
        <Bar dataKey="self" name={t.review.chartSelf} fill="#74c0fc" />
        <Bar dataKey="reviewed" name={t.review.chartReviewed} fill="#1864ab" />
      </BarChart>
    </ResponsiveContainer>
  );
}
