import type { BonusClaim, CriterionScore, PenaltyEntry } from './sheet';
import type { Criterion, ScoringTemplate } from './template';

// The points arithmetic over templates and sheets. It declares no schema, so a screen that computes
// totals imports it without the validation library.

/**
 * Scores are entered in steps of 0.25 point (a template may coarsen to 0.5). Quarter points are
 * exact in binary floating point, and every sum is done in integer quarters, so totals never drift.
 */
export const scoreSteps = [0.25, 0.5] as const;
export type ScoreStep = (typeof scoreSteps)[number];

export const isMultipleOf = (value: number, step: number): boolean =>
  Number.isFinite(value) &&
  Number.isInteger(Math.round(value / step)) &&
  Math.abs(value / step - Math.round(value / step)) < 1e-9;

export function allCriteria(template: ScoringTemplate): Criterion[] {
  return template.groups.flatMap((g) => g.criteria);
}

export function maxBasePoints(template: ScoringTemplate): number {
  return allCriteria(template).reduce((s, c) => s + c.maxPoints, 0);
}

/** Highest reachable total: every criterion at max plus the full bonus cap. */
export function maxTotalPoints(template: ScoringTemplate): number {
  return maxBasePoints(template) + template.bonus.cap;
}

export type ScoreSide = 'self' | 'reviewed';

export const criterionValue = (c: CriterionScore, which: ScoreSide): number =>
  which === 'reviewed' ? (c.reviewedScore ?? c.selfScore) : c.selfScore;

export const bonusValue = (b: BonusClaim, which: ScoreSide): number =>
  which === 'reviewed' ? (b.reviewedPoints ?? b.selfPoints) : b.selfPoints;

export const penaltyCount = (p: PenaltyEntry, which: ScoreSide): number =>
  which === 'reviewed' ? (p.reviewedCount ?? p.selfCount) : p.selfCount;
