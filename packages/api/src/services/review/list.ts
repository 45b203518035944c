import { loadScoreSheets } from '@thidua/db';
import { cycles, cycleUnitStatus, reviewResponses, reviews, selfAssessments, units } from '@thidua/db/schema';
import { totalScore } from '@thidua/domain';
import { and, asc, eq } from 'drizzle-orm';
import type { ServiceContext } from '../context';
import { unitNamesAt, yearEnd } from '../org/names';
import { requireScoring } from '../self-assessment/load';

/** The bloc's review board: every unit's sheet status and totals (drafts show no scores). */
export async function listReviews(ctx: ServiceContext, input: { cycleId: string }) {
  const { template, ruleSet } = await requireScoring(ctx.db, input.cycleId);
  const [cycle] = await ctx.db.select().from(cycles).where(eq(cycles.id, input.cycleId));
  const rows = await ctx.db
    .select({
      unitId: cycleUnitStatus.unitId,
      code: units.code,
      steps: cycleUnitStatus.steps,
      overdue: cycleUnitStatus.overdue,
      sheetStatus: selfAssessments.status,
      late: selfAssessments.late,
      reviewStatus: reviews.status,
      reviewedAt: reviews.reviewedAt,
      respondedAt: reviewResponses.respondedAt,
    })
    .from(cycleUnitStatus)
    .innerJoin(units, eq(units.id, cycleUnitStatus.unitId))
    .leftJoin(
      selfAssessments,
      and(
        eq(selfAssessments.cycleId, cycleUnitStatus.cycleId),
        eq(selfAssessments.unitId, cycleUnitStatus.unitId),
      ),
    )
    .leftJoin(
      reviews,
      and(eq(reviews.cycleId, cycleUnitStatus.cycleId), eq(reviews.unitId, cycleUnitStatus.unitId)),
    )
    .leftJoin(
      reviewResponses,
      and(
        eq(reviewResponses.cycleId, cycleUnitStatus.cycleId),
        eq(reviewResponses.unitId, cycleUnitStatus.unitId),
      ),
    )
    .where(eq(cycleUnitStatus.cycleId, input.cycleId))
    .orderBy(asc(units.code));
  const sheets = new Map((await loadScoreSheets(ctx.db, input.cycleId)).map((s) => [s.unitId, s]));
  const names = await unitNamesAt(
    ctx.db,
    rows.map((r) => r.unitId),
    yearEnd(cycle?.year ?? new Date().getFullYear()),
  );
  return rows.map((r) => {
    const sheet = r.sheetStatus && r.sheetStatus !== 'draft' ? sheets.get(r.unitId) : undefined;
    return {
      unitId: r.unitId,
      code: r.code,
      name: names.get(r.unitId) ?? r.unitId,
      sheetStatus: r.sheetStatus ?? 'notStarted',
      selfAssessmentStep: r.steps.selfAssessment?.state ?? 'notStarted',
      late: r.late ?? false,
      overdue: r.overdue,
      reviewStatus: r.reviewStatus ?? 'open',
      reviewedAt: r.reviewedAt,
      respondedAt: r.respondedAt,
      selfTotal: sheet ? totalScore(template, sheet, 'self', ruleSet) : null,
      reviewedTotal: sheet ? totalScore(template, sheet, 'reviewed', ruleSet) : null,
    };
  });
}
