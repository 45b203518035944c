/** The conference's projection: its session and attendance, its vote rounds, the nominations it confirmed. */

import {
  type AwardKind,
  type Candidate,
  type ConferenceSession,
  normalizeStrings,
  type VoteKind,
  type VoteRule,
} from '@thidua/domain';
import { and, eq, ne } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import {
  attendance,
  candidacyWithdrawals,
  conferenceSessions,
  type ExcludedUnit,
  nominations,
  voteRounds,
} from '../schema';
import { type BoardSeat, recordCountingBoard } from './encrypted-ballots';

/**
 * The session (opened, or its details corrected) and each member unit's attendance. `session` is
 * absent in histories recorded before the session's people were asked for.
 */
export async function recordAttendance(
  tx: DbOrTx,
  input: {
    cycleId: string;
    sessionId: string;
    heldOn: string;
    session?: ConferenceSession | undefined;
    present: readonly string[];
    writtenOpinion: readonly string[];
    absent: readonly string[];
    at: Date;
  },
): Promise<void> {
  const { session } = input;
  const sessionColumns = {
    heldOn: input.heldOn,
    startTime: session?.startTime ?? null,
    venue: session?.venue ?? null,
    chairUnitId: session?.chair.unitId ?? null,
    secretaryUnitId: session?.secretary.unitId ?? null,
    people: session
      ? {
          chair: session.chair,
          secretary: session.secretary,
          countingBoard: session.countingBoard,
          guests: session.guests,
        }
      : null,
  };
  await tx
    .insert(conferenceSessions)
    .values({
      id: input.sessionId,
      cycleId: input.cycleId,
      sessionNumber: 1,
      ...sessionColumns,
      status: 'open',
      openedAt: input.at,
    })
    .onConflictDoUpdate({ target: conferenceSessions.id, set: { ...sessionColumns, status: 'open' } });
  const rows = [
    ...input.present.map((unitId) => ({ unitId, mode: 'present' as const })),
    ...input.writtenOpinion.map((unitId) => ({ unitId, mode: 'writtenOpinion' as const })),
    ...input.absent.map((unitId) => ({ unitId, mode: 'absent' as const })),
  ];
  for (const r of rows) {
    await tx
      .insert(attendance)
      .values({ sessionId: input.sessionId, ...r })
      .onConflictDoUpdate({ target: [attendance.sessionId, attendance.unitId], set: { mode: r.mode } });
  }
}

/** A round as the workflow opened it, under the workflow's id. */
export interface OpenedRound {
  sessionId: string;
  roundId: string;
  voteKind: VoteKind;
  roundNumber: number;
  parentRoundId?: string | undefined;
  rule: VoteRule;
  seats: number;
  maxChoices: number;
  candidates: Candidate[];
  /** Units left off an award's ballot with why; none for an office. */
  excluded?: ExcludedUnit[] | undefined;
  ballotsIssued: number;
  /** An encrypted round's counting board, by seat; absent: plaintext ballots. */
  countingBoard?: BoardSeat[] | undefined;
}

/** A round the workflow opened (a repeated call is ignored). */
export async function recordOpenedRound(tx: DbOrTx, input: OpenedRound & { at: Date }): Promise<void> {
  await tx
    .insert(voteRounds)
    .values({
      id: input.roundId,
      sessionId: input.sessionId,
      voteKind: input.voteKind,
      roundNumber: input.roundNumber,
      parentRoundId: input.roundNumber === 1 ? null : (input.parentRoundId ?? null),
      rule: normalizeStrings(input.rule),
      seats: input.seats,
      maxChoices: input.maxChoices,
      candidates: normalizeStrings(input.candidates),
      excluded: normalizeStrings(input.excluded ?? []),
      ballotsIssued: input.ballotsIssued,
      openedAt: input.at,
    })
    .onConflictDoNothing();
  if (input.countingBoard) await recordCountingBoard(tx, input.roundId, input.countingBoard);
}

export interface ConfirmedNomination {
  id: string;
  award: AwardKind;
  unitId: string;
  /** An empty id is stored as no round. */
  roundId: string;
  votes: number;
  /** On the rule's denominator, 2 decimals. */
  percentage: number;
}

/** The nominations the conference confirmed, once each; the conference's sessions close. */
export async function confirmResults(
  tx: DbOrTx,
  input: { cycleId: string; nominations: readonly ConfirmedNomination[]; at: Date },
): Promise<void> {
  const { cycleId, at } = input;
  if (input.nominations.length > 0) {
    await tx
      .insert(nominations)
      .values(
        input.nominations.map((n) => ({
          id: n.id,
          cycleId,
          awardKind: n.award,
          unitId: n.unitId,
          roundId: n.roundId || null,
          votes: n.votes,
          percentage: n.percentage,
          createdAt: at,
        })),
      )
      .onConflictDoNothing();
  }
  await tx
    .update(conferenceSessions)
    .set({ status: 'closed', closedAt: at })
    .where(and(eq(conferenceSessions.cycleId, cycleId), ne(conferenceSessions.status, 'closed')));
}

/** A unit's withdrawal from an award's candidates (idempotent: the same withdrawal lands once). */
export async function recordCandidacyWithdrawal(
  tx: DbOrTx,
  input: {
    cycleId: string;
    awardKind: AwardKind;
    unitId: string;
    reason: string;
    letterNumber: string;
    letterDate: string;
    letterFileId?: string | undefined;
    by: string | null;
    at: Date;
  },
): Promise<void> {
  await tx
    .insert(candidacyWithdrawals)
    .values({
      cycleId: input.cycleId,
      awardKind: input.awardKind,
      unitId: input.unitId,
      reason: normalizeStrings(input.reason),
      letterNumber: normalizeStrings(input.letterNumber),
      letterDate: input.letterDate,
      letterFileId: input.letterFileId ?? null,
      withdrawnBy: input.by,
      withdrawnAt: input.at,
    })
    .onConflictDoNothing();
}
