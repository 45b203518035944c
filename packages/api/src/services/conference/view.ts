import type { DbOrTx } from '@thidua/db';
import {
  attendance,
  ballotBoardMembers,
  ballotBoards,
  ballotReceipts,
  candidacyWithdrawals,
  conferenceSessions,
  cycles,
  stepFiles,
  voteRounds,
} from '@thidua/db/schema';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { unitNamesAt, yearEnd } from '../org/names';
import { boardOfficials } from './encrypted-round';
import { pendingRotationWarnings } from './rotation';

/**
 * The conference screen: attendance, rounds, turnout. While a round is open it shows WHO has voted
 * (the minutes print that) but never a running count per candidate: watching a count move after
 * each receipt would reveal each unit's choice. Tallies appear only once a round is closed.
 */
export async function conferenceView(db: DbOrTx, cycleId: string, viewerUnitIds: readonly string[]) {
  const [cycle] = await db
    .select({ year: cycles.year, phase: cycles.phase })
    .from(cycles)
    .where(eq(cycles.id, cycleId));
  const sessions = await db
    .select()
    .from(conferenceSessions)
    .where(eq(conferenceSessions.cycleId, cycleId))
    .orderBy(asc(conferenceSessions.sessionNumber));
  const sessionIds = sessions.map((s) => s.id);
  const present = sessionIds.length
    ? await db.select().from(attendance).where(inArray(attendance.sessionId, sessionIds))
    : [];
  const rounds = sessionIds.length
    ? await db
        .select()
        .from(voteRounds)
        .where(inArray(voteRounds.sessionId, sessionIds))
        .orderBy(asc(voteRounds.openedAt), asc(voteRounds.roundNumber))
    : [];
  const roundIds = rounds.map((r) => r.id);
  const receipts = roundIds.length
    ? await db
        .select({ roundId: ballotReceipts.roundId, unitId: ballotReceipts.unitId })
        .from(ballotReceipts)
        .where(inArray(ballotReceipts.roundId, roundIds))
        .orderBy(asc(ballotReceipts.unitId))
    : [];
  const boards = roundIds.length
    ? await db.select().from(ballotBoards).where(inArray(ballotBoards.roundId, roundIds))
    : [];
  const boardSeats = boards.length
    ? await db
        .select()
        .from(ballotBoardMembers)
        .where(inArray(ballotBoardMembers.roundId, roundIds))
        .orderBy(asc(ballotBoardMembers.seat))
    : [];
  const officials = cycle?.phase === 'conference' && present.length ? await boardOfficials(db, cycleId) : [];
  const withdrawals = await db
    .select({ w: candidacyWithdrawals, letterFileName: stepFiles.fileName })
    .from(candidacyWithdrawals)
    .leftJoin(stepFiles, eq(stepFiles.id, candidacyWithdrawals.letterFileId))
    .where(eq(candidacyWithdrawals.cycleId, cycleId))
    .orderBy(asc(candidacyWithdrawals.withdrawnAt));
  const rotation = cycle?.phase === 'conference' ? await pendingRotationWarnings(db, cycleId, rounds) : [];
  const names = await unitNamesAt(
    db,
    [
      ...present.map((a) => a.unitId),
      ...withdrawals.map(({ w }) => w.unitId),
      ...rotation.flatMap((w) => (w.unitId ? [w.unitId] : [])),
      ...rounds.flatMap((r) => r.excluded.map((x) => x.unitId)),
      ...officials.map((o) => o.unitId),
    ],
    yearEnd(cycle?.year ?? new Date().getFullYear()),
  );
  return {
    cycleId,
    phase: cycle?.phase ?? null,
    sessions: sessions.map((s) => ({
      id: s.id,
      number: s.sessionNumber,
      heldOn: s.heldOn,
      startTime: s.startTime,
      venue: s.venue,
      people: s.people,
      status: s.status,
      attendance: present
        .filter((a) => a.sessionId === s.id)
        .map((a) => ({ unitId: a.unitId, name: names.get(a.unitId) ?? a.unitId, mode: a.mode })),
    })),
    rounds: rounds.map((r) => {
      const voters = receipts.filter((x) => x.roundId === r.id).map((x) => x.unitId);
      return {
        id: r.id,
        voteKind: r.voteKind,
        roundNumber: r.roundNumber,
        status: r.status,
        seats: r.seats,
        maxChoices: r.maxChoices,
        candidates: r.candidates.map((c) => ({
          unitId: c.unitId,
          name: c.name ?? c.unitId,
          eligible: c.eligible ?? true,
        })),
        /** Units left off the ballot, each with why (a case, the score sheet, a withdrawal…). */
        excluded: r.excluded.map((x) => ({
          unitId: x.unitId,
          name: names.get(x.unitId) ?? x.unitId,
          reasons: x.reasons,
        })),
        ballotsIssued: r.ballotsIssued,
        ballotsReceived: voters.length,
        votedUnitIds: voters,
        /** The viewer's own unit has voted in this round (disables its ballot). */
        viewerHasVoted: viewerUnitIds.some((u) => voters.includes(u)),
        openedAt: r.openedAt,
        closedAt: r.closedAt,
        tally: r.status === 'closed' ? r.tally : null,
        board: boardOf(
          boards.find((b) => b.roundId === r.id),
          boardSeats.filter((m) => m.roundId === r.id),
        ),
      };
    }),
    /** The rotation rule's warnings on next year's elected leaders: confirming needs a reason. */
    rotationWarnings: rotation.map((w) => ({
      ...w,
      /** The unit the warning is about; null when the conference elected no deputy. */
      name: w.unitId ? (names.get(w.unitId) ?? w.unitId) : null,
    })),
    /** Who the chair may name to a round's counting board (officials of present units). */
    boardOfficials: officials.map((o) => ({ ...o, unitName: names.get(o.unitId) ?? o.unitId })),
    /** Units withdrawn from an award's candidates by their head's letter, before its vote. */
    withdrawals: withdrawals.map(({ w, letterFileName }) => ({
      unitId: w.unitId,
      name: names.get(w.unitId) ?? w.unitId,
      voteKind: w.awardKind,
      reason: w.reason,
      letterNumber: w.letterNumber,
      letterDate: w.letterDate,
      /** The letter's scan, when the unit attached it. */
      letter: w.letterFileId ? { fileId: w.letterFileId, fileName: letterFileName ?? '' } : null,
      withdrawnAt: w.withdrawnAt,
    })),
  };
}

/**
 * An encrypted round's counting board as the room follows it: who sits, which seats have registered
 * their key and sent their decryption; null for a plaintext round. Public values only.
 */
function boardOf(
  board: typeof ballotBoards.$inferSelect | undefined,
  seats: (typeof ballotBoardMembers.$inferSelect)[],
) {
  if (!board) return null;
  return {
    members: seats.map((m) => ({
      seat: m.seat,
      userId: m.userId,
      unitId: m.unitId,
      name: m.name,
      keyRegistered: m.publicShare !== null,
      decrypted: m.partialDecryption !== null,
    })),
    keyPublished: board.publicKey !== null,
    sealed: board.sealedAt !== null,
    boardHash: board.boardHash,
  };
}

/**
 * A cheap fingerprint of everything the screen shows: the live feed sends a view only when it
 * changes. Receipts are counted on their own: a ballot is a PostgreSQL commit, not a workflow step.
 */
export async function conferenceVersion(db: DbOrTx, cycleId: string): Promise<string> {
  const result = await db.execute<{ v: string }>(sql`
    select concat_ws(':',
      (select projection_seq from ${cycles} where id = ${cycleId}),
      (select count(*) from ${ballotReceipts} r join ${voteRounds} v on v.id = r.round_id
         join ${conferenceSessions} s on s.id = v.session_id where s.cycle_id = ${cycleId}),
      (select count(*) || '/' || count(*) filter (where v.status = 'closed') from ${voteRounds} v
         join ${conferenceSessions} s on s.id = v.session_id where s.cycle_id = ${cycleId}),
      (select count(*) from ${attendance} a join ${conferenceSessions} s on s.id = a.session_id
         where s.cycle_id = ${cycleId}),
      (select string_agg(status::text, ',' order by session_number) from ${conferenceSessions}
         where cycle_id = ${cycleId})
    ) as v`);
  return result.rows[0]?.v ?? '';
}
