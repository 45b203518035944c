import { attendance, ballotReceipts, voteRounds } from '@thidua/db/schema';
import {
  type AwardKind,
  type ConferenceSessionInput,
  checkNonVotersConfirmed,
  type VoteKind,
} from '@thidua/domain';
import { and, eq } from 'drizzle-orm';
import { runStep } from '../../workflow/run-step';
import type { ServiceContext } from '../context';
import { vnToday } from '../cycles/timeline';
import { uploadedFile } from '../files/step-files';
import { unitNamesAt } from '../org/names';
import { requireRecordFacts } from '../record-facts';
import { requireIssuerFacts } from '../step-record-facts';
import { resolveCountingBoard } from './encrypted-round';

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
    countingBoard?: string[] | undefined;
  },
) {
  const { cycleId, countingBoard, ...args } = input;
  await requireIssuerFacts(ctx, cycleId);
  const board = countingBoard ? await resolveCountingBoard(ctx, cycleId, countingBoard) : undefined;
  return runStep(ctx, cycleId, 'openRound', ctx.access.actor, { ...args, countingBoard: board });
}

/** Round steps name the round; its cycle comes from the scope check. */
const cycleOf = (ctx: ServiceContext) => ctx.access.target.cycleId as string;

/**
 * The present units of an open round that have not voted: the chair must name each of them to
 * close it (the count refuses it again under the round's lock, should one slip in between).
 */
async function requireNonVotersNamed(ctx: ServiceContext, roundId: string, named: readonly string[]) {
  const [round] = await ctx.db
    .select({ sessionId: voteRounds.sessionId, status: voteRounds.status })
    .from(voteRounds)
    .where(eq(voteRounds.id, roundId));
  if (round?.status !== 'open') return; // the workflow answers for a round that is not open
  const present = await ctx.db
    .select({ unitId: attendance.unitId })
    .from(attendance)
    .where(and(eq(attendance.sessionId, round.sessionId), eq(attendance.mode, 'present')));
  const voted = new Set(
    (
      await ctx.db
        .select({ unitId: ballotReceipts.unitId })
        .from(ballotReceipts)
        .where(eq(ballotReceipts.roundId, roundId))
    ).map((r) => r.unitId),
  );
  const notVoted = present.map((p) => p.unitId).filter((id) => !voted.has(id));
  const names = await unitNamesAt(ctx.db, notVoted, vnToday(ctx.clock()));
  checkNonVotersConfirmed(notVoted.sort(), named, (id) => names.get(id) ?? id);
}

export async function closeRound(
  ctx: ServiceContext,
  input: { roundId: string; notVotedUnitIds?: string[] | undefined },
) {
  await requireIssuerFacts(ctx, cycleOf(ctx));
  await requireNonVotersNamed(ctx, input.roundId, input.notVotedUnitIds ?? []);
  return runStep(ctx, cycleOf(ctx), 'closeRound', ctx.access.actor, input);
}

/**
 * A unit head withdraws the unit from an award's candidates, before that vote opens, by a letter
 * cited by number and date; its scan may be attached (uploaded first, named here by its id).
 */
export async function withdrawCandidacy(
  ctx: ServiceContext,
  input: {
    cycleId: string;
    unitId: string;
    voteKind: AwardKind;
    reason: string;
    letterNumber: string;
    letterDate: string;
    letterFileId?: string | undefined;
  },
) {
  const { cycleId, letterFileId, ...args } = input;
  const letter = await uploadedFile(ctx, {
    fileId: letterFileId,
    cycleId,
    unitId: input.unitId,
    purpose: 'withdrawalLetter',
  });
  return runStep(ctx, cycleId, 'withdrawCandidacy', ctx.access.actor, { ...args, letter });
}

export function decideTie(ctx: ServiceContext, input: { roundId: string; chosenUnitIds: string[] }) {
  return runStep(ctx, cycleOf(ctx), 'decideTie', ctx.access.actor, input);
}

/** Confirming opens the dossier, whose records are generated at once: their facts must exist. */
export async function confirmResults(
  ctx: ServiceContext,
  input: { cycleId: string; rotationReason?: string | undefined },
) {
  await requireRecordFacts(ctx, input.cycleId);
  const { cycleId, ...args } = input;
  return runStep(ctx, cycleId, 'confirmResults', ctx.access.actor, args);
}
