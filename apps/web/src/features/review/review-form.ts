import type { ScoreSheet, ScoringTemplate } from '@thidua/domain';
import { formatNumber, parseDecimal } from '../../lib/format';
import { pointsError } from '../self-assessment/sheet-form';
import type { SetScoresInput } from './contract';

export interface ReviewForm {
  scores: Record<string, string>;
  reasons: Record<string, string>;
  comment: string;
}

const text = (value: number) => formatNumber(value).replace(/\./g, '');

/** Starts from the reviewers' last scores, or the unit's own where nothing was changed yet. */
export function reviewFormOf(sheet: ScoreSheet): ReviewForm {
  return {
    scores: Object.fromEntries(
      sheet.criteria.map((c) => [c.criterionId, text(c.reviewedScore ?? c.selfScore)]),
    ),
    reasons: Object.fromEntries(sheet.criteria.map((c) => [c.criterionId, c.reviewReason ?? ''])),
    comment: '',
  };
}

export interface CriterionCheck {
  error?: string | undefined;
  reasonMissing: boolean;
  value?: number | undefined;
}

export function checkCriterion(
  form: ReviewForm,
  template: ScoringTemplate,
  criterionId: string,
  max: number,
  self: number | undefined,
): CriterionCheck {
  const raw = form.scores[criterionId];
  const error = pointsError(raw, max, template.scoreStep);
  const value = raw?.trim() && !error ? parseDecimal(raw) : undefined;
  const reasonMissing = value !== undefined && value !== self && !form.reasons[criterionId]?.trim();
  return { error, reasonMissing, value };
}

/** The reviewers' scores as the API takes them, and the sheet the live totals use. */
export function reviewInput(
  form: ReviewForm,
  template: ScoringTemplate,
  sheet: ScoreSheet,
  ids: { cycleId: string; unitId: string },
) {
  const self = new Map(sheet.criteria.map((c) => [c.criterionId, c.selfScore]));
  const criteria: NonNullable<SetScoresInput['criteria']> = [];
  let problems = 0;
  for (const c of template.groups.flatMap((g) => g.criteria)) {
    const check = checkCriterion(form, template, c.id, c.maxPoints, self.get(c.id));
    if (check.error || check.reasonMissing) problems += 1;
    if (check.value === undefined) continue;
    const reason = form.reasons[c.id]?.trim();
    criteria.push({ criterionId: c.id, reviewedScore: check.value, ...(reason ? { reason } : {}) });
  }
  const comment = form.comment.trim();
  const input: SetScoresInput = { ...ids, criteria, ...(comment ? { comment } : {}) };
  const reviewedSheet: ScoreSheet = {
    ...sheet,
    criteria: sheet.criteria.map((c) => {
      const r = criteria.find((x) => x.criterionId === c.criterionId);
      return r ? { ...c, reviewedScore: r.reviewedScore } : c;
    }),
  };
  return { input, reviewedSheet, problems };
}
