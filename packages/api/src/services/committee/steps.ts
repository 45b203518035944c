import { decisionNumberUsed } from '@thidua/db';
import { type AwardKind, DomainError, decisionNumberTakenMessage, yearOf } from '@thidua/domain';
import { runStep } from '../../workflow/run-step';
import type { ServiceContext } from '../context';
import { requireRecordFacts } from '../record-facts';

export function acceptDossier(ctx: ServiceContext, input: { cycleId: string }) {
  return runStep(ctx, input.cycleId, 'acceptProposal', ctx.access.actor, {});
}

/** A return regenerates the dossier's records: their people must exist. */
export async function returnDossier(ctx: ServiceContext, input: { cycleId: string; reason: string }) {
  await requireRecordFacts(ctx, input.cycleId);
  return runStep(ctx, input.cycleId, 'returnProposal', ctx.access.actor, { reason: input.reason });
}

export function cutNomination(ctx: ServiceContext, input: { nominationId: string; reason: string }) {
  return runStep(ctx, ctx.access.target.cycleId as string, 'cutNomination', ctx.access.actor, input);
}

/**
 * The province numbers its decisions once a year, so a number already stored is refused here, before
 * the Update: the workflow cannot read the database, and an activity must not fail on a typing
 * mistake. Two blocs racing on one number both pass this check; the unique constraint then refuses
 * the later one in the activity, which the workflow hands back as the same refusal, unchanged.
 */
export async function recordDecision(
  ctx: ServiceContext,
  input: {
    cycleId: string;
    number: string;
    decisionDate: string;
    signerName: string;
    signerTitle: string;
    awards: { unitId: string; award: AwardKind }[];
  },
) {
  const { cycleId, ...args } = input;
  const provinceId = ctx.access.target.provinceId;
  const year = yearOf(input.decisionDate);
  if (provinceId && (await decisionNumberUsed(ctx.db, { provinceId, year, number: input.number }))) {
    throw new DomainError('DECISION_NUMBER_TAKEN', decisionNumberTakenMessage(input.number, year), {
      field: 'number',
      number: input.number,
      year,
    });
  }
  return runStep(ctx, cycleId, 'recordDecision', ctx.access.actor, args);
}
