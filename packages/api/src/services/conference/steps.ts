import { getCycle, loadIssuerFacts } from '@thidua/db';
import type { ConferenceSessionInput, VoteKind } from '@thidua/domain';
import { runStep } from '../../workflow/run-step';
import type { ServiceContext } from '../context';
import { vnToday } from '../cycles/timeline';

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

export function openRound(
  ctx: ServiceContext,
  input: { cycleId: string; voteKind: VoteKind; candidateUnitIds?: string[] | undefined },
) {
  const { cycleId, ...args } = input;
  return runStep(ctx, cycleId, 'openRound', ctx.access.actor, args);
}

/** Round steps name the round; its cycle comes from the scope check. */
const cycleOf = (ctx: ServiceContext) => ctx.access.target.cycleId as string;

export function closeRound(ctx: ServiceContext, input: { roundId: string }) {
  return runStep(ctx, cycleOf(ctx), 'closeRound', ctx.access.actor, { roundId: input.roundId });
}

export function decideTie(ctx: ServiceContext, input: { roundId: string; chosenUnitIds: string[] }) {
  return runStep(ctx, cycleOf(ctx), 'decideTie', ctx.access.actor, input);
}

/**
 * Confirming the results opens the dossier, whose records are built at once: the names they carry
 * (province or its successor, place, bloc) must exist for today's date, or the step is refused now,
 * naming what to enter, instead of failing once accepted.
 */
export async function confirmResults(ctx: ServiceContext, input: { cycleId: string }) {
  const cycle = await getCycle(ctx.db, input.cycleId);
  if (cycle) {
    await loadIssuerFacts(ctx.db, { blocId: cycle.blocId, date: vnToday(ctx.clock()) });
  }
  return runStep(ctx, input.cycleId, 'confirmResults', ctx.access.actor, {});
}
