import { runStep } from '../../workflow/run-step';
import type { ServiceContext } from '../context';
import { loadUnitSheet } from './load';

/**
 * The unit head signs off the saved draft: the workflow receives the self side of the sheet (empty
 * before the first save) and checks who may sign, when, and that every criterion is scored.
 */
export async function signOff(ctx: ServiceContext, input: { cycleId: string; unitId: string }) {
  const sheet = (await loadUnitSheet(ctx.db, input.cycleId, input.unitId))?.sheet ?? {
    unitId: input.unitId,
    criteria: [],
  };
  return runStep(ctx, input.cycleId, 'signOffSelfAssessment', ctx.access.actor, {
    unitId: input.unitId,
    sheet: {
      criteria: sheet.criteria.map((c) => ({
        criterionId: c.criterionId,
        selfScore: c.selfScore,
        selfNote: c.selfNote,
      })),
      bonuses: (sheet.bonuses ?? []).map((b) => ({ itemId: b.itemId, selfPoints: b.selfPoints })),
      penalties: (sheet.penalties ?? []).map((p) => ({ itemId: p.itemId, selfCount: p.selfCount })),
    },
  });
}

export function submit(ctx: ServiceContext, input: { cycleId: string; unitId: string }) {
  return runStep(ctx, input.cycleId, 'submitSelfAssessment', ctx.access.actor, { unitId: input.unitId });
}
