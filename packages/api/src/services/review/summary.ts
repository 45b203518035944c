import { loadReviewHistory, loadScoreSheets } from '@thidua/db';
import { cycles, selfAssessments } from '@thidua/db/schema';
import { type CrossReviewUnit, crossReviewSummary, reviewChangeText } from '@thidua/domain';
import { and, eq, ne } from 'drizzle-orm';
import type { ServiceContext } from '../context';
import { unitNamesAt, yearEnd } from '../org/names';
import { requireScoring } from '../self-assessment/load';

/** A unit's lines with each change also as the sentence the record prints. */
export const withChangeTexts = (u: CrossReviewUnit) => ({
  ...u,
  lines: u.lines.map((l) => ({ ...l, changes: l.changes.map((c) => ({ ...c, text: reviewChangeText(c) })) })),
});

/**
 * Bảng tổng hợp kết quả chấm chéo as it stands (before the lock too): every handed-in sheet's
 * totals, the lines the review changed with each change, and the unit's answer. The same rows as
 * the record issued at the lock.
 */
export async function reviewSummary(ctx: ServiceContext, input: { cycleId: string }) {
  const { template, ruleSet } = await requireScoring(ctx.db, input.cycleId);
  const [cycle] = await ctx.db.select({ year: cycles.year }).from(cycles).where(eq(cycles.id, input.cycleId));
  const handedIn = await ctx.db
    .select({ unitId: selfAssessments.unitId })
    .from(selfAssessments)
    .where(and(eq(selfAssessments.cycleId, input.cycleId), ne(selfAssessments.status, 'draft')));
  const ids = new Set(handedIn.map((r) => r.unitId));
  const sheets = (await loadScoreSheets(ctx.db, input.cycleId)).filter((s) => ids.has(s.unitId));
  const year = cycle?.year ?? new Date().getFullYear();
  const names = await unitNamesAt(ctx.db, [...ids], yearEnd(year));
  const units = crossReviewSummary(template, ruleSet, sheets, await loadReviewHistory(ctx.db, input.cycleId))
    .map((u) => ({ ...withChangeTexts(u), name: names.get(u.unitId) ?? u.unitId }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  return { year, units };
}
