/**
 * Review (chấm chéo, thẩm định): the head or deputy set reviewed scores, each change with a reason;
 * the unit may answer once before the review lock date; the head returns a sheet for revision or
 * locks the scores, which ranks the units (the ranking is input to the vote, not a substitute).
 */
import { patched } from '@temporalio/workflow';
import {
  type RankedUnit,
  rankUnits,
  reviewScoreChanges,
  type ScoreSheet,
  scoreIssues,
  throwFirst,
} from '@thidua/domain';
import { requireText, unitOf } from './authz';
import type { CycleContext } from './context';
import { refuse } from './errors';
import type { LockResult, RespondArgs, ReturnArgs, ReviewScoresArgs } from './messages';
import { unitNotices } from './notify';
import { latePenaltyOf } from './state';
import { issueScoreTable } from './step-records';
import type { CycleState } from './types';

/** The unit's sheet with the reviewers' values merged in (both sides are kept). */
function mergeReview(state: CycleState, a: ReviewScoresArgs): ScoreSheet {
  const unit = unitOf(state, a.unitId);
  const base = unit.sa.sheet;
  if (!base || unit.sa.status !== 'submitted') refuse('NOT_SUBMITTED');
  const criteria = base.criteria.map((c) => ({ ...c }));
  for (const change of a.criteria ?? []) {
    const row = criteria.find((c) => c.criterionId === change.criterionId);
    if (!row) refuse('UNKNOWN_CRITERION', undefined, { id: change.criterionId });
    row.reviewedScore = change.reviewedScore;
    row.reviewReason = change.reason?.trim().normalize('NFC');
  }
  const bonuses = (base.bonuses ?? []).map((b) => ({ ...b }));
  for (const change of a.bonuses ?? []) {
    let row = bonuses.find((b) => b.itemId === change.itemId);
    if (!row) {
      row = { itemId: change.itemId, selfPoints: 0 };
      bonuses.push(row);
    }
    row.reviewedPoints = change.reviewedPoints;
    row.reviewReason = change.reason?.trim().normalize('NFC');
  }
  const penalties = (base.penalties ?? []).map((p) => ({ ...p }));
  for (const change of a.penalties ?? []) {
    let row = penalties.find((p) => p.itemId === change.itemId);
    if (!row) {
      row = { itemId: change.itemId, selfCount: 0 };
      penalties.push(row);
    }
    row.reviewedCount = change.reviewedCount;
    row.reviewReason = change.reason?.trim().normalize('NFC');
  }
  return {
    ...base,
    criteria,
    bonuses,
    penalties,
    disqualifierIds: a.disqualifierIds ?? base.disqualifierIds ?? [],
  };
}

function differs(sheet: ScoreSheet): boolean {
  return (
    sheet.criteria.some((c) => c.reviewedScore !== undefined && c.reviewedScore !== c.selfScore) ||
    (sheet.bonuses ?? []).some((b) => b.reviewedPoints !== undefined && b.reviewedPoints !== b.selfPoints) ||
    (sheet.penalties ?? []).some((p) => p.reviewedCount !== undefined && p.reviewedCount !== p.selfCount) ||
    (sheet.disqualifierIds ?? []).length > 0
  );
}

/**
 * Reviewed totals (late penalty included) of the units that handed a sheet in; the others are not
 * ranked (in cycles locked before that rule they scored 0).
 */
export function computeRanking(state: CycleState): RankedUnit[] {
  if (!state.template || !state.ruleSet) refuse('PLAN_NOT_ADOPTED');
  const unranked = state.notSubmitted ?? [];
  const entries = state.units
    .filter((u) => !unranked.includes(u.id))
    .map((u) => ({
      unitId: u.id,
      unitCode: u.code,
      sheet: {
        ...(u.sa.status === 'submitted' && u.sa.sheet ? u.sa.sheet : { unitId: u.id, criteria: [] }),
        lateReports: u.lateReports,
      },
    }));
  return rankUnits(state.template, entries, 'reviewed', state.ruleSet);
}

export function registerReviewSteps(ctx: CycleContext): void {
  const s = ctx.state;

  ctx.step('reviewScores', {
    validate: (a: ReviewScoresArgs) => {
      if (!s.template) refuse('PLAN_NOT_ADOPTED');
      throwFirst(scoreIssues(s.template, mergeReview(s, a)));
    },
    apply: async (a) => {
      const unit = unitOf(s, a.unitId);
      const sheet = mergeReview(s, a);
      const changed = differs(sheet);
      const changes = unit.sa.sheet ? reviewScoreChanges(unit.sa.sheet, sheet) : [];
      unit.sa.sheet = sheet;
      unit.review = { ...unit.review, reviewedAt: ctx.nowIso(), changed: unit.review.changed || changed };
      s.deadlineVersion += 1; // a changed sheet opens the unit's response window (reminders)
      ctx.bump();
      await ctx.recordUpdate('reviewScores', a, {
        audit: {
          action: 'review.scores',
          entity: 'unit',
          entityId: unit.id,
          after: { unitId: unit.id, changes, disqualifierIds: sheet.disqualifierIds },
        },
        units: [unit],
        effects: [
          {
            kind: 'reviewScoresSet',
            unitId: unit.id,
            userId: a.actor.userId,
            sheet,
            comment: a.comment,
            changes,
          },
        ],
        notifications: changed ? unitNotices(s, unit.id, 'review.changed', a.updateId, {}) : [],
      });
      return ctx.ack();
    },
  });

  ctx.step('respondToReview', {
    unitOf: (a: RespondArgs) => a.unitId,
    validate: (a) => {
      const unit = unitOf(s, a.unitId);
      requireText(a.body, 'nội dung giải trình');
      if (!unit.review.reviewedAt) refuse('NOT_FOUND', 'Chưa có kết quả thẩm định để giải trình.');
      if (unit.review.respondedAt) refuse('ALREADY_RESPONDED');
      if (ctx.instantOf(a) > Date.parse(s.calendar.reviewResponse)) refuse('DEADLINE_PASSED');
    },
    apply: async (a) => {
      const unit = unitOf(s, a.unitId);
      const body = requireText(a.body, 'nội dung giải trình');
      unit.review.respondedAt = ctx.nowIso();
      ctx.bump();
      await ctx.recordUpdate('respondToReview', a, {
        audit: { action: 'review.respond', entity: 'unit', entityId: unit.id },
        units: [unit],
        effects: [{ kind: 'reviewResponded', unitId: unit.id, userId: a.actor.userId, body }],
      });
      return ctx.ack();
    },
  });

  ctx.step('returnSelfAssessment', {
    validate: (a: ReturnArgs) => {
      requireText(a.reason, 'lý do trả lại');
      if (unitOf(s, a.unitId).sa.status !== 'submitted') refuse('NOT_SUBMITTED');
    },
    apply: async (a) => {
      const unit = unitOf(s, a.unitId);
      const reason = requireText(a.reason, 'lý do trả lại');
      unit.sa = { ...unit.sa, status: 'returned', returns: unit.sa.returns + 1, returnReason: reason };
      ctx.bump();
      await ctx.recordUpdate('returnSelfAssessment', a, {
        audit: { action: 'selfAssessment.return', entity: 'unit', entityId: unit.id, after: { reason } },
        units: [unit],
        effects: [{ kind: 'selfAssessmentReturned', unitId: unit.id, reason }],
        notifications: unitNotices(s, unit.id, 'selfAssessment.returned', a.updateId, { reason }),
      });
      return ctx.ack();
    },
  });

  ctx.step('lockScores', {
    validate: () => {
      const pending = s.units.filter((u) => u.sa.status === 'returned' || u.sa.status === 'signedOff');
      if (pending.length > 0) refuse('UNITS_PENDING', undefined, { unitIds: pending.map((u) => u.id) });
    },
    apply: async (a): Promise<LockResult> => {
      if (patched('unranked-non-submitters')) {
        s.notSubmitted = s.units.filter((u) => u.sa.status !== 'submitted').map((u) => u.id);
      }
      const ranking = computeRanking(s).map((r) => {
        const unit = unitOf(s, r.unitId);
        return {
          unitId: r.unitId,
          total: r.total,
          tier: r.tier,
          position: r.position,
          latePenalty: latePenaltyOf(s, unit),
        };
      });
      s.ranking = ranking;
      ctx.bump();
      const own = ctx.recordUpdate('lockScores', a, {
        audit: {
          action: 'review.lock',
          entity: 'cycle',
          entityId: s.cycleId,
          after: { ranking, notSubmitted: s.notSubmitted },
        },
        effects: [{ kind: 'scoresLocked', unitIds: s.units.map((u) => u.id) }],
      });
      const next = ctx.enterPhase('conference', 'Đã chốt điểm và xếp hạng');
      await own;
      await next;
      if (patched('score-table-at-lock')) await ctx.issueRecords(() => issueScoreTable(ctx));
      return { ...ctx.ack(), ranking: ranking.map(({ latePenalty: _, ...r }) => r) };
    },
  });
}
