export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const fmt = (n: number, digits = 0) =>
  Number.isFinite(n)
    ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : '—';

/** "0.42×" — how a figure compares with its baseline from the same run. */
export const ratio = (value: number, baseline: number) =>
  Number.isFinite(value / baseline) && baseline !== 0 ? `${(value / baseline).toFixed(2)}×` : '—';
