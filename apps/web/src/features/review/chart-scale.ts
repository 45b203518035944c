/** An axis for scores: its ends and its ticks, all multiples of one round step. */
export interface ScoreAxis {
  domain: [number, number];
  ticks: number[];
}

const STEPS = [1, 2, 2.5, 5, 10];

/** The round step (1, 2, 2,5 or 5 × a power of ten) that cuts `span` in about `parts` parts. */
function niceStep(span: number, parts: number): number {
  const raw = span / parts;
  const power = 10 ** Math.floor(Math.log10(raw));
  return (STEPS.find((s) => s * power >= raw) ?? 10) * power;
}

/** Rounds away binary noise (0,1 + 0,2) so ticks print as typed: 99,4 not 99,40000000001. */
const clean = (value: number) => Math.round(value * 1e6) / 1e6;

/**
 * An axis fitted to the scores shown: from a little under the lowest to a little over the highest,
 * so that 99,50 and 100 are two bars of visibly different length rather than two full bars on a
 * 0–100 axis. Never below 0; a single value (or all equal) gets a span of one point around it.
 */
export function scoreAxis(values: readonly number[], parts = 5): ScoreAxis {
  if (values.length === 0) return { domain: [0, 100], ticks: [0, 20, 40, 60, 80, 100] };
  const low = Math.min(...values);
  const high = Math.max(...values);
  const span = high - low || 1;
  const step = niceStep(span * 1.2, parts);
  const from = Math.max(0, Math.floor(clean((low - span * 0.1) / step)) * step);
  const to = Math.ceil(clean((high + span * 0.1) / step)) * step;
  const ticks: number[] = [];
  for (let tick = from; tick <= to + step / 2; tick += step) ticks.push(clean(tick));
  return { domain: [clean(from), clean(to)], ticks };
}
