import { DocumentDataError } from '../errors';
import type { ScoreGroup, ScoreRow } from '../types';

export interface RankedRow {
  readonly row: ScoreRow;
  readonly selfTotal: number;
  readonly reviewedTotal: number;
  /** The given rank, or competition ranking on the reviewed total: 1, 2, 2, 4. */
  readonly rank: number;
}

const total = (groups: readonly ScoreGroup[], scores: readonly number[]): number =>
  Math.round(
    groups.reduce((sum, g, i) => sum + (g.kind === 'penalty' ? -1 : 1) * (scores[i] ?? 0), 0) * 100,
  ) / 100;

/** Checks every score against its group's maximum and ranks units by the reviewed total. */
export function rankScores(groups: readonly ScoreGroup[], rows: readonly ScoreRow[]): RankedRow[] {
  for (const row of rows) {
    for (const [label, scores] of [
      ['tự chấm', row.self],
      ['thẩm định', row.reviewed],
    ] as const) {
      if (scores.length !== groups.length) {
        throw new DocumentDataError(
          'INVALID_SCORE',
          `${row.unit.name}: số điểm ${label} (${scores.length}) không khớp số nhóm tiêu chí (${groups.length}).`,
          'scoreSummary.rows',
        );
      }
      scores.forEach((s, i) => {
        const g = groups[i];
        if (g && !(Number.isFinite(s) && s >= 0 && s <= (g.max ?? Number.POSITIVE_INFINITY))) {
          throw new DocumentDataError(
            'INVALID_SCORE',
            `${row.unit.name}: điểm ${label} nhóm ${g.code} (${s}) ngoài khoảng 0–${g.max ?? '∞'}.`,
            'scoreSummary.rows',
          );
        }
      });
    }
  }
  const totals = rows.map((row) => ({
    row,
    selfTotal: total(groups, row.self),
    reviewedTotal: total(groups, row.reviewed),
  }));
  const given = rows.filter((r) => r.rank !== undefined).length;
  if (given === 0) {
    return totals
      .map((t) => ({ ...t, rank: 1 + totals.filter((o) => o.reviewedTotal > t.reviewedTotal).length }))
      .sort((a, b) => a.rank - b.rank || a.row.unit.name.localeCompare(b.row.unit.name, 'vi'));
  }
  // The domain ranks with tie-breakers; we only check that its order agrees with the totals we print.
  const ranked = totals.map((t) => ({ ...t, rank: t.row.rank ?? 0 })).sort((a, b) => a.rank - b.rank);
  const ok =
    given === rows.length &&
    ranked.every(
      (r, i) => r.rank === i + 1 && (i === 0 || (ranked[i - 1]?.reviewedTotal ?? 0) >= r.reviewedTotal),
    );
  if (!ok) {
    throw new DocumentDataError(
      'INVALID_SCORE',
      'Thứ hạng không khớp với tổng điểm thẩm định (cần 1, 2, 3… theo tổng điểm giảm dần).',
      'scoreSummary.rows',
    );
  }
  return ranked;
}
