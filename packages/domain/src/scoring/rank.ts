import type { TierId } from '../rules/tiers';
import type { ScoreSide } from './points';
import type { ScoreSheet } from './sheet';
import type { ScoringTemplate } from './template';
import { type ScoreBreakdown, type ScoringRules, scoreBreakdown, tierOf } from './total';

export interface RankEntry {
  unitId: string;
  /** Short code: the last, stable tie-breaker. */
  unitCode: string;
  sheet: ScoreSheet;
}

export interface RankedUnit {
  /** 1-based, unique: the order is total. */
  position: number;
  unitId: string;
  unitCode: string;
  total: number;
  /** Subtotal of the first group (I. Nhiệm vụ chính trị, chuyên môn): the first tie-breaker. */
  firstGroupPoints: number;
  tier: TierId;
  tierLabel: string;
  breakdown: ScoreBreakdown;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Deterministic ranking: total desc, then group I desc, then unit code asc. */
export function rankUnits(
  template: ScoringTemplate,
  entries: readonly RankEntry[],
  which: ScoreSide,
  rules?: ScoringRules,
): RankedUnit[] {
  const rows = entries.map((e) => {
    const breakdown = scoreBreakdown(template, e.sheet, which, rules);
    const tier = tierOf(template, e.sheet, which, rules);
    return {
      unitId: e.unitId,
      unitCode: e.unitCode,
      total: breakdown.total,
      firstGroupPoints: breakdown.groups[0]?.points ?? 0,
      tier: tier.id,
      tierLabel: tier.label,
      breakdown,
    };
  });
  rows.sort(
    (a, b) =>
      b.total - a.total ||
      b.firstGroupPoints - a.firstGroupPoints ||
      cmp(a.unitCode, b.unitCode) ||
      cmp(a.unitId, b.unitId),
  );
  return rows.map((r, i) => ({ position: i + 1, ...r }));
}
