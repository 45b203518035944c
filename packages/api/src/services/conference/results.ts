import { conferenceSessions, nominations, voteRounds } from '@thidua/db/schema';
import { and, asc, eq } from 'drizzle-orm';
import type { ServiceContext } from '../context';

/** Closed rounds with their tallies (aggregates only) and the nominations they carried. */
export async function conferenceResults(ctx: ServiceContext, input: { cycleId: string }) {
  const rounds = await ctx.db
    .select({
      id: voteRounds.id,
      voteKind: voteRounds.voteKind,
      roundNumber: voteRounds.roundNumber,
      closedAt: voteRounds.closedAt,
      tally: voteRounds.tally,
    })
    .from(voteRounds)
    .innerJoin(conferenceSessions, eq(conferenceSessions.id, voteRounds.sessionId))
    .where(and(eq(conferenceSessions.cycleId, input.cycleId), eq(voteRounds.status, 'closed')))
    .orderBy(asc(voteRounds.closedAt), asc(voteRounds.roundNumber));
  const carried = await ctx.db
    .select({
      id: nominations.id,
      awardKind: nominations.awardKind,
      unitId: nominations.unitId,
      votes: nominations.votes,
      percentage: nominations.percentage,
      status: nominations.status,
      cutReason: nominations.cutReason,
    })
    .from(nominations)
    .where(eq(nominations.cycleId, input.cycleId))
    .orderBy(asc(nominations.awardKind), asc(nominations.unitId));
  return { rounds, nominations: carried };
}
