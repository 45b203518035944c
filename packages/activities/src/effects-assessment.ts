/** Table writes of the setup, registration, self-assessment and review steps. */
import {
  adoptPlan,
  createPact,
  lockReviews,
  recordReview,
  recordReviewChanges,
  recordReviewedSheet,
  recordReviewResponse,
  recordSheetLateness,
  recordSheetReturned,
  recordSignedOffSheet,
  registerTargets,
  schema,
  signPact,
  type Tx,
} from '@thidua/db';
import { eq } from 'drizzle-orm';
import type { Effect, StepRecord } from './contract';
import { knownUser } from './users';

export type AssessmentEffect = Extract<
  Effect,
  {
    kind:
      | 'planAdopted'
      | 'pactSigned'
      | 'targetsRegistered'
      | 'selfAssessmentSignedOff'
      | 'selfAssessmentSubmitted'
      | 'selfAssessmentReturned'
      | 'reviewScoresSet'
      | 'reviewResponded'
      | 'scoresLocked';
  }
>;

export async function applyAssessmentEffect(
  tx: Tx,
  rec: StepRecord,
  effect: AssessmentEffect,
): Promise<void> {
  const cycleId = rec.cycleId;
  const at = new Date(rec.at);
  switch (effect.kind) {
    case 'planAdopted': {
      const [cycle] = await tx
        .select({ year: schema.cycles.year })
        .from(schema.cycles)
        .where(eq(schema.cycles.id, cycleId));
      await adoptPlan(tx, {
        cycleId,
        ruleSetId: effect.ruleSetId,
        ruleSet: effect.ruleSet,
        template: effect.template,
        at,
      });
      await createPact(tx, {
        cycleId,
        title: `Giao ước thi đua năm ${cycle?.year ?? ''} - ${effect.planTitle}`,
      });
      return;
    }
    case 'pactSigned':
      return signPact(tx, {
        cycleId,
        unitId: effect.unitId,
        signedBy: await knownUser(tx, effect.userId),
        signerName: effect.signerName,
        at,
      });
    case 'targetsRegistered':
      return registerTargets(tx, {
        cycleId,
        unitId: effect.unitId,
        targets: effect.targets,
        aims: effect.aims,
        submittedBy: await knownUser(tx, effect.userId),
        at,
      });
    case 'selfAssessmentSignedOff':
      return recordSignedOffSheet(tx, {
        cycleId,
        unitId: effect.unitId,
        sheet: effect.sheet,
        signedOffBy: await knownUser(tx, effect.userId),
        at,
      });
    case 'selfAssessmentSubmitted':
      return recordSheetLateness(tx, {
        cycleId,
        unitId: effect.unitId,
        late: effect.late,
        lateReports: effect.lateReports,
        at,
      });
    case 'selfAssessmentReturned':
      return recordSheetReturned(tx, { cycleId, unitId: effect.unitId, reason: effect.reason, at });
    case 'reviewScoresSet': {
      await recordReviewedSheet(tx, { cycleId, unitId: effect.unitId, sheet: effect.sheet, at });
      const reviewedBy = await knownUser(tx, effect.userId);
      await recordReview(tx, { cycleId, unitId: effect.unitId, reviewedBy, at, comment: effect.comment });
      return recordReviewChanges(tx, {
        cycleId,
        unitId: effect.unitId,
        changedBy: reviewedBy,
        changedAs: rec.actor?.role ?? null,
        at,
        changes: effect.changes ?? [],
      });
    }
    case 'reviewResponded': {
      const by = await knownUser(tx, effect.userId);
      if (!by) throw new Error(`review response by an unknown user ${effect.userId}`);
      return recordReviewResponse(tx, {
        cycleId,
        unitId: effect.unitId,
        body: effect.body,
        respondedBy: by,
        at,
      });
    }
    case 'scoresLocked':
      return lockReviews(tx, { cycleId, unitIds: effect.unitIds, at, lockDate: rec.at.slice(0, 10) });
  }
}
