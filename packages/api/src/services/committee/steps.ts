import type { AwardKind } from '@thidua/domain';
import { runStep } from '../../workflow/run-step';
import type { ServiceContext } from '../context';
import { requireRecordPeople } from '../records-people';

export function acceptDossier(ctx: ServiceContext, input: { cycleId: string }) {
  return runStep(ctx, input.cycleId, 'acceptProposal', ctx.access.actor, {});
}

/** A return regenerates the dossier's records: their people must exist. */
export async function returnDossier(ctx: ServiceContext, input: { cycleId: string; reason: string }) {
  await requireRecordPeople(ctx, input.cycleId);
  return runStep(ctx, input.cycleId, 'returnProposal', ctx.access.actor, { reason: input.reason });
}

export function cutNomination(ctx: ServiceContext, input: { nominationId: string; reason: string }) {
  return runStep(ctx, ctx.access.target.cycleId as string, 'cutNomination', ctx.access.actor, input);
}

export function recordDecision(
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
  return runStep(ctx, cycleId, 'recordDecision', ctx.access.actor, args);
}
