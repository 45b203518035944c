import type { StepInput } from '../../workflow/run-step';
import { runStep } from '../../workflow/run-step';
import type { ServiceContext } from '../context';
import { requireRecordFacts } from '../record-facts';

type CycleUnit = { cycleId: string; unitId: string };

export function setReviewedScores(
  ctx: ServiceContext,
  input: CycleUnit & Omit<StepInput<'reviewScores'>, 'unitId'>,
) {
  const { cycleId, ...args } = input;
  return runStep(ctx, cycleId, 'reviewScores', ctx.access.actor, args);
}

export function respond(ctx: ServiceContext, input: CycleUnit & { body: string }) {
  return runStep(ctx, input.cycleId, 'respondToReview', ctx.access.actor, {
    unitId: input.unitId,
    body: input.body,
  });
}

export function returnForRevision(ctx: ServiceContext, input: CycleUnit & { reason: string }) {
  return runStep(ctx, input.cycleId, 'returnSelfAssessment', ctx.access.actor, {
    unitId: input.unitId,
    reason: input.reason,
  });
}

/** Locking issues the score table, signed by the bloc head: its facts must exist. */
export async function lock(ctx: ServiceContext, input: { cycleId: string }) {
  await requireRecordFacts(ctx, input.cycleId);
  return runStep(ctx, input.cycleId, 'lockScores', ctx.access.actor, {});
}
