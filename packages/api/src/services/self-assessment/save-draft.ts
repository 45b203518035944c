import { saveScoreSheet } from '@thidua/db';
import { type BonusClaim, type CriterionScore, type PenaltyEntry, validateScores } from '@thidua/domain';
import { audit } from '../../audit/record';
import type { ServiceContext } from '../context';
import { checkApiStep } from '../steps';
import { requireTemplate } from './load';

export interface SaveDraftInput {
  cycleId: string;
  unitId: string;
  criteria: Pick<CriterionScore, 'criterionId' | 'selfScore' | 'selfNote'>[];
  bonuses?: Pick<BonusClaim, 'itemId' | 'selfPoints'>[] | undefined;
  penalties?: Pick<PenaltyEntry, 'itemId' | 'selfCount'>[] | undefined;
}

/** Drafts change often: they go straight to PostgreSQL, checked by the domain, never to the workflow. */
export async function saveDraft(ctx: ServiceContext, input: SaveDraftInput) {
  await checkApiStep(ctx, input.cycleId, 'saveDraft', { unitId: input.unitId });
  const { template } = await requireTemplate(ctx.db, input.cycleId);
  const sheet = {
    unitId: input.unitId,
    criteria: input.criteria,
    bonuses: input.bonuses ?? [],
    penalties: input.penalties ?? [],
  };
  validateScores(template, sheet);
  const id = await ctx.db.transaction(async (tx) => {
    const saved = await saveScoreSheet(tx, { cycleId: input.cycleId, unitId: input.unitId, sheet, template });
    // Counts only: the audit log is readable by the bloc, a draft is the unit's alone.
    await audit(tx, ctx.access.actor, {
      action: 'selfAssessment.saveDraft',
      entity: 'unit',
      entityId: input.unitId,
      after: {
        cycleId: input.cycleId,
        criteria: sheet.criteria.length,
        bonuses: sheet.bonuses.length,
        penalties: sheet.penalties.length,
      },
    });
    return saved;
  });
  return { selfAssessmentId: id };
}
