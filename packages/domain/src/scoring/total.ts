import { DomainError } from '../errors';
import type { RuleSet } from '../rules/schema';
import type { TierId } from '../rules/tiers';
import {
  allCriteria,
  bonusValue,
  criterionValue,
  maxBasePoints,
  penaltyCount,
  type ScoreSide,
} from './points';
import type { ScoreSheet } from './sheet';
import type { ScoringTemplate, TierRule } from './template';

// All arithmetic in integer quarter points; see scoreSteps.
const toQ = (points: number): number => Math.round(points * 4);
const fromQ = (quarters: number): number => quarters / 4;

export interface GroupSubtotal {
  groupId: string;
  code: string;
  points: number;
  maxPoints: number;
}

export interface ScoreBreakdown {
  which: ScoreSide;
  groups: GroupSubtotal[];
  /** Σ criteria. */
  base: number;
  /** Σ bonus items as claimed/reviewed, before the cap. */
  bonusClaimed: number;
  /** min(bonusClaimed, cap). */
  bonus: number;
  penalty: number;
  latePenalty: number;
  /** base + bonus − penalty − latePenalty, clamped to [0, maxTotal]. */
  total: number;
  maxTotal: number;
  /** Any disqualifier (điều kiện loại) recorded; only the reviewed side carries them. */
  disqualified: boolean;
}

/** The rule-set part totals need; pass the whole RuleSet. */
export type ScoringRules = Pick<RuleSet, 'lateSubmission'>;

/**
 * Totals clamp at 0: penalties can exceed the points earned, but a negative score has no
 * meaning in the ranking or the minutes. They can never exceed Σ max + bonus cap.
 * Unscored criteria count 0. Late reports need the rule set (points per late report).
 */
export function scoreBreakdown(
  template: ScoringTemplate,
  sheet: ScoreSheet,
  which: ScoreSide,
  rules?: ScoringRules,
): ScoreBreakdown {
  const byCriterion = new Map(sheet.criteria.map((c) => [c.criterionId, criterionValue(c, which)]));
  const groups = template.groups.map((g) => {
    const q = g.criteria.reduce(
      (s, c) => s + toQ(Math.min(Math.max(byCriterion.get(c.id) ?? 0, 0), c.maxPoints)),
      0,
    );
    return {
      groupId: g.id,
      code: g.code,
      points: fromQ(q),
      maxPoints: fromQ(g.criteria.reduce((s, c) => s + toQ(c.maxPoints), 0)),
    };
  });
  const baseQ = groups.reduce((s, g) => s + toQ(g.points), 0);

  const bonusMax = new Map(template.bonus.items.map((b) => [b.id, b.maxPoints]));
  const bonusClaimedQ = (sheet.bonuses ?? []).reduce(
    (s, b) => s + toQ(Math.min(Math.max(bonusValue(b, which), 0), bonusMax.get(b.itemId) ?? 0)),
    0,
  );
  const bonusQ = Math.min(bonusClaimedQ, toQ(template.bonus.cap));

  const penaltyEach = new Map(template.penalties.map((p) => [p.id, p.pointsEach]));
  const penaltyQ = (sheet.penalties ?? []).reduce(
    (s, p) => s + Math.max(0, Math.trunc(penaltyCount(p, which))) * toQ(penaltyEach.get(p.itemId) ?? 0),
    0,
  );

  const lateReports = Math.max(0, Math.trunc(sheet.lateReports ?? 0));
  if (lateReports > 0 && !rules) {
    throw new DomainError('INVALID_INPUT', 'Cần bộ quy định của năm để tính điểm trừ nộp chậm.', {
      lateReports,
    });
  }
  const lateQ = lateReports * toQ(rules?.lateSubmission.pointsPerLateReport ?? 0);

  const maxTotalQ = toQ(maxBasePoints(template)) + toQ(template.bonus.cap);
  const totalQ = Math.min(Math.max(baseQ + bonusQ - penaltyQ - lateQ, 0), maxTotalQ);
  return {
    which,
    groups,
    base: fromQ(baseQ),
    bonusClaimed: fromQ(bonusClaimedQ),
    bonus: fromQ(bonusQ),
    penalty: fromQ(penaltyQ),
    latePenalty: fromQ(lateQ),
    total: fromQ(totalQ),
    maxTotal: fromQ(maxTotalQ),
    disqualified: which === 'reviewed' && (sheet.disqualifierIds ?? []).length > 0,
  };
}

export function totalScore(
  template: ScoringTemplate,
  sheet: ScoreSheet,
  which: ScoreSide,
  rules?: ScoringRules,
): number {
  return scoreBreakdown(template, sheet, which, rules).total;
}

/**
 * The best tier whose total AND per-criterion floor both hold: a 92-point unit with one
 * criterion at 82 % of its max is "good", not "excellent".
 */
export function tierOf(
  template: ScoringTemplate,
  sheet: ScoreSheet,
  which: ScoreSide,
  rules?: ScoringRules,
): TierRule {
  const total = totalScore(template, sheet, which, rules);
  const byCriterion = new Map(sheet.criteria.map((c) => [c.criterionId, criterionValue(c, which)]));
  const criteria = allCriteria(template);
  const fallback = template.tiers.at(-1) as TierRule;
  return (
    template.tiers.find(
      (t) =>
        toQ(total) >= toQ(t.minTotal) &&
        criteria.every(
          (c) => toQ(byCriterion.get(c.id) ?? 0) * 100 >= t.minCriterionPercent * toQ(c.maxPoints),
        ),
    ) ?? fallback
  );
}

export function tierIdOf(
  template: ScoringTemplate,
  sheet: ScoreSheet,
  which: ScoreSide,
  rules?: ScoringRules,
): TierId {
  return tierOf(template, sheet, which, rules).id;
}
