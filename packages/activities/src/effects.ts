/** Table writes of each accepted step, inside the step's idempotent transaction. */
import type { Tx } from '@thidua/db';
import type { Effect, StepRecord } from './contract';
import { type AssessmentEffect, applyAssessmentEffect } from './effects-assessment';
import { applyAwardEffect } from './effects-award';

const assessmentKinds = new Set<Effect['kind']>([
  'planAdopted',
  'pactSigned',
  'targetsRegistered',
  'selfAssessmentSignedOff',
  'selfAssessmentSubmitted',
  'selfAssessmentReturned',
  'reviewScoresSet',
  'reviewResponded',
  'scoresLocked',
]);

export async function applyEffect(tx: Tx, rec: StepRecord, effect: Effect): Promise<void> {
  if (assessmentKinds.has(effect.kind)) return applyAssessmentEffect(tx, rec, effect as AssessmentEffect);
  return applyAwardEffect(tx, rec, effect as Exclude<Effect, AssessmentEffect>);
}
