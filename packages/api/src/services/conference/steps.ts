import type { ConferenceSessionInput, VoteKind } from '@thidua/domain';
import { runStep } from '../../workflow/run-step';
import type { ServiceContext } from '../context';
import { requireRecordFacts } from '../record-facts';
import { requireIssuerFacts } from '../step-record-facts';

export function recordAttendance(
  ctx: ServiceContext,
  input: {
    cycleId: string;
    presentUnitIds: string[];
    writtenOpinionUnitIds?: string[] | undefined;
    session: ConferenceSessionInput;
  },
) {
  const { cycleId, ...args } = input;
  return runStep(ctx, cycleId, 'recordAttendance', ctx.access.actor, args);
}

/** Opening prints the round's ballot, closing its vote-count minutes: their issuer must exist. */
export async function openRound(
  ctx: ServiceContext,
  input: {
    cycleId: string;
    voteKind: VoteKind;
    candidateUnitIds?: string[] | undefined;
    seats?: number | undefined;
  },
) {
  const { cycleId, ...args } = input;
  await requireIssuerFacts(ctx, cycleId);
  return runStep(ctx, cycleId, 'openRound', ctx.access.actor, args);
}

/** Round steps name the round; its cycle comes from the scope check. */
const cycleOf = (ctx: ServiceContext) => ctx.access.target.cycleId as string;

export async function closeRound(ctx: ServiceContext, input: { roundId: string }) {
  await requireIssuerFacts(ctx, cycleOf(ctx));
  return runStep(ctx, cycleOf(ctx), 'closeRound', ctx.access.actor, { roundId: input.roundId });
}

export function decideTie(ctx: ServiceContext, input: { roundId: string; chosenUnitIds: string[] }) {
  return runStep(ctx, cycleOf(ctx), 'decideTie', ctx.access.actor, input);
}

/** Confirming opens the dossier, whose records are generated at once: their facts must exist. */
export async function confirmResults(ctx: ServiceContext, input: { cycleId: string }) {
  await requireRecordFacts(ctx, input.cycleId);
  return runStep(ctx, input.cycleId, 'confirmResults', ctx.access.actor, {});
}
