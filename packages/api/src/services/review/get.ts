import { loadReviewHistory } from '@thidua/db';
import { cycleUnitStatus, reviewComments, reviewResponses, reviews } from '@thidua/db/schema';
import {
  crossReviewSummary,
  DomainError,
  type LateHandIn,
  latePenaltyLine,
  lateReportKinds,
  scoreBreakdown,
} from '@thidua/domain';
import { and, asc, eq } from 'drizzle-orm';
import type { ServiceContext } from '../context';
import { listEvidenceOf, loadUnitSheet, requireScoring } from '../self-assessment/load';
import { withChangeTexts } from './summary';

/** A handed-in sheet with both scores, the reviewers' comments and the unit's answer. */
export async function getReview(ctx: ServiceContext, input: { cycleId: string; unitId: string }) {
  const loaded = await loadUnitSheet(ctx.db, input.cycleId, input.unitId);
  // A draft is the unit's alone (the unit reads it through selfAssessment.get).
  if (!loaded || loaded.head.status === 'draft') throw new DomainError('SHEET_NOT_VISIBLE');
  const { template, ruleSet } = await requireScoring(ctx.db, input.cycleId);
  const where = (
    t: typeof reviews | typeof reviewComments | typeof reviewResponses | typeof cycleUnitStatus,
  ) => and(eq(t.cycleId, input.cycleId), eq(t.unitId, input.unitId));
  const [review] = await ctx.db.select().from(reviews).where(where(reviews));
  const comments = await ctx.db
    .select()
    .from(reviewComments)
    .where(where(reviewComments))
    .orderBy(asc(reviewComments.createdAt));
  const [response] = await ctx.db.select().from(reviewResponses).where(where(reviewResponses));
  const kept = await loadReviewHistory(ctx.db, input.cycleId, input.unitId);
  const history = crossReviewSummary(template, ruleSet, [loaded.sheet], kept).map(withChangeTexts)[0];
  const [status] = await ctx.db
    .select({ steps: cycleUnitStatus.steps })
    .from(cycleUnitStatus)
    .where(where(cycleUnitStatus));
  // The late hand-ins as the workflow recorded them (the deadline that applied then, and when).
  const handIns = lateReportKinds.flatMap((report): LateHandIn[] => {
    const late = status?.steps[report]?.lateHandIn;
    return late ? [{ report, due: late.due, at: late.at }] : [];
  });
  return {
    cycleId: input.cycleId,
    unitId: input.unitId,
    status: loaded.head.status,
    late: loaded.head.late,
    returnReason: loaded.head.returnReason,
    template,
    /** What the screen needs to recompute totals as the reviewer edits (late reports cost points). */
    scoringRules: { lateSubmission: ruleSet.lateSubmission },
    sheet: loaded.sheet,
    selfTotal: scoreBreakdown(template, loaded.sheet, 'self', ruleSet),
    reviewedTotal: scoreBreakdown(template, loaded.sheet, 'reviewed', ruleSet),
    /** Điểm trừ nộp chậm: the rule, each late report with its days late, the points deducted. */
    latePenalty: latePenaltyLine(ruleSet, loaded.sheet.lateReports ?? 0, handIns),
    review: review
      ? { status: review.status, reviewedAt: review.reviewedAt, lockedAt: review.lockedAt }
      : null,
    comments: comments.map((c) => ({
      id: c.id,
      criterionId: c.criterionId,
      body: c.body,
      createdAt: c.createdAt,
    })),
    response: response ? { body: response.body, respondedAt: response.respondedAt } : null,
    /** The lines the review changed, each with its changes in time order (the timeline), the answer. */
    history: { lines: history?.lines ?? [], reply: history?.reply ?? null },
    evidence: await listEvidenceOf(ctx.db, loaded.head.id),
  };
}
