import { scoreBreakdown, scoreIssues, toErrorPayload } from '@thidua/domain';
import type { ServiceContext } from '../context';
import { listEvidenceOf, loadUnitSheet, requireScoring } from './load';

/** The unit's own sheet with its criteria table, running total and what is still missing. */
export async function getSelfAssessment(ctx: ServiceContext, input: { cycleId: string; unitId: string }) {
  const { template, version, ruleSet } = await requireScoring(ctx.db, input.cycleId);
  const loaded = await loadUnitSheet(ctx.db, input.cycleId, input.unitId);
  const sheet = loaded?.sheet ?? { unitId: input.unitId, criteria: [] };
  return {
    cycleId: input.cycleId,
    unitId: input.unitId,
    status: loaded?.head.status ?? 'draft',
    returnReason: loaded?.head.returnReason ?? null,
    submittedAt: loaded?.head.submittedAt ?? null,
    signedOffAt: loaded?.head.signedOffAt ?? null,
    updatedAt: loaded?.head.updatedAt ?? null,
    template,
    templateVersion: version,
    sheet,
    /** The draft as typed, invalid entries included (null once signed off or before a typed save). */
    typed: loaded?.head.typedEntries ?? null,
    selfTotal: scoreBreakdown(template, sheet, 'self', ruleSet),
    /** Problems that would block the sign-off (e.g. criteria not scored yet). */
    issues: scoreIssues(template, sheet, { requireComplete: true }).map(toErrorPayload),
    evidence: loaded ? await listEvidenceOf(ctx.db, loaded.head.id) : [],
  };
}
