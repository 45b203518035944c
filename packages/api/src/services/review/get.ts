import { reviewComments, reviewResponses, reviews } from '@thidua/db/schema';
import { DomainError, scoreBreakdown } from '@thidua/domain';
import { and, asc, eq } from 'drizzle-orm';
import type { ServiceContext } from '../context';
import { listEvidenceOf, loadUnitSheet, requireTemplate } from '../self-assessment/load';

/** A handed-in sheet with both scores, the reviewers' comments and the unit's answer. */
export async function getReview(ctx: ServiceContext, input: { cycleId: string; unitId: string }) {
  const loaded = await loadUnitSheet(ctx.db, input.cycleId, input.unitId);
  // A draft is the unit's alone (the unit reads it through selfAssessment.get).
  if (!loaded || loaded.head.status === 'draft') throw new DomainError('SHEET_NOT_VISIBLE');
  const { template } = await requireTemplate(ctx.db, input.cycleId);
  const where = (t: typeof reviews | typeof reviewComments | typeof reviewResponses) =>
    and(eq(t.cycleId, input.cycleId), eq(t.unitId, input.unitId));
  const [review] = await ctx.db.select().from(reviews).where(where(reviews));
  const comments = await ctx.db
    .select()
    .from(reviewComments)
    .where(where(reviewComments))
    .orderBy(asc(reviewComments.createdAt));
  const [response] = await ctx.db.select().from(reviewResponses).where(where(reviewResponses));
  return {
    cycleId: input.cycleId,
    unitId: input.unitId,
    status: loaded.head.status,
    late: loaded.head.late,
    returnReason: loaded.head.returnReason,
    template,
    sheet: loaded.sheet,
    selfTotal: scoreBreakdown(template, loaded.sheet, 'self'),
    reviewedTotal: scoreBreakdown(template, loaded.sheet, 'reviewed'),
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
    evidence: await listEvidenceOf(ctx.db, loaded.head.id),
  };
}
