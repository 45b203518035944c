import { saveScoreSheet } from '@thidua/db';
import {
  type BonusClaim,
  type CriterionScore,
  type PenaltyEntry,
  type ScoreSheet,
  sheetFromTyped,
  type TypedSheet,
  typedSheetIssues,
  validateScores,
} from '@thidua/domain';
import { audit } from '../../audit/record';
import type { ServiceContext } from '../context';
import { checkApiStep } from '../steps';
import { requireTemplate } from './load';

export interface SaveDraftInput {
  cycleId: string;
  unitId: string;
  criteria?: Pick<CriterionScore, 'criterionId' | 'selfScore' | 'selfNote'>[] | undefined;
  bonuses?: Pick<BonusClaim, 'itemId' | 'selfPoints'>[] | undefined;
  penalties?: Pick<PenaltyEntry, 'itemId' | 'selfCount'>[] | undefined;
  /** The sheet as typed, invalid entries included: its valid part becomes the stored sheet. */
  typed?: TypedSheet | undefined;
}

/**
 * Drafts change often: they go straight to PostgreSQL, checked by the domain, never to the workflow.
 * A typed draft is kept whole (so nothing typed is lost); only its valid part counts as scores.
 */
export async function saveDraft(ctx: ServiceContext, input: SaveDraftInput) {
  await checkApiStep(ctx, input.cycleId, 'saveDraft', { unitId: input.unitId });
  const { template } = await requireTemplate(ctx.db, input.cycleId);
  const sheet: ScoreSheet = input.typed
    ? sheetFromTyped(template, input.typed, input.unitId)
    : {
        unitId: input.unitId,
        criteria: input.criteria ?? [],
        bonuses: input.bonuses ?? [],
        penalties: input.penalties ?? [],
      };
  validateScores(template, sheet);
  const invalid = input.typed ? typedSheetIssues(template, input.typed).length : 0;
  const id = await ctx.db.transaction(async (tx) => {
    const saved = await saveScoreSheet(tx, {
      cycleId: input.cycleId,
      unitId: input.unitId,
      sheet,
      template,
      typed: input.typed,
    });
    // Counts only: the audit log is readable by the bloc, a draft is the unit's alone.
    await audit(tx, ctx.access.actor, {
      action: 'selfAssessment.saveDraft',
      entity: 'unit',
      entityId: input.unitId,
      after: {
        cycleId: input.cycleId,
        criteria: sheet.criteria.length,
        bonuses: sheet.bonuses?.length ?? 0,
        penalties: sheet.penalties?.length ?? 0,
        ...(invalid > 0 ? { invalidEntries: invalid } : {}),
      },
    });
    return saved;
  });
  return { selfAssessmentId: id, invalidEntries: invalid };
}
