import type { Db } from '@thidua/db';
import { ballotBoardMembers, ballotBoards, conferenceSessions, voteRounds } from '@thidua/db/schema';
import { and, eq, isNull } from 'drizzle-orm';
import { type Task, taskAdder } from './task';

/**
 * What a counting board member must do on their own device: register their key share while the
 * round's key is pending, and send their partial decryption once the casting is sealed. Board seats
 * are personal (the chair names officials, not units), so these follow the user, not a grant.
 */
export async function boardTasks(db: Db, userId: string, now: Date): Promise<Task[]> {
  const seats = await db
    .select({
      cycleId: conferenceSessions.cycleId,
      roundId: ballotBoardMembers.roundId,
      unitId: ballotBoardMembers.unitId,
      shareRegistered: ballotBoardMembers.publicShare,
      decrypted: ballotBoardMembers.partialDecryption,
      publicKey: ballotBoards.publicKey,
      sealedAt: ballotBoards.sealedAt,
    })
    .from(ballotBoardMembers)
    .innerJoin(ballotBoards, eq(ballotBoards.roundId, ballotBoardMembers.roundId))
    .innerJoin(voteRounds, eq(voteRounds.id, ballotBoardMembers.roundId))
    .innerJoin(conferenceSessions, eq(conferenceSessions.id, voteRounds.sessionId))
    .where(and(eq(ballotBoardMembers.userId, userId), isNull(ballotBoards.boardHash)));
  const tasks: Task[] = [];
  for (const seat of seats) {
    const add = taskAdder(tasks, { cycleId: seat.cycleId, unitId: seat.unitId }, now);
    if (seat.publicKey === null && seat.shareRegistered === null) {
      add.step('registerKeyShare', null, { roundId: seat.roundId });
    } else if (seat.sealedAt !== null && seat.decrypted === null) {
      add.step('submitPartialDecryption', null, { roundId: seat.roundId });
    }
  }
  return tasks;
}
