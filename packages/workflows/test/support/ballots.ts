/**
 * The API's part in a secret ballot (packages/api, conference castBallot): ONE PostgreSQL
 * transaction writes the receipt, the re-sealed urn and the audit row "unit U voted in round R";
 * its commit is the acceptance. The workflow hears nothing of it until the tally reads the receipts.
 */
import { appendAudit, type DbHandle, recordBallot, schema } from '@thidua/db';
import { type Ballot, isDomainError, type Role } from '@thidua/domain';
import { eq } from 'drizzle-orm';
import type { StepError } from '../../src/client';

/** `n` ballots alike. */
export const times = (n: number, choices: string[]): string[][] => Array.from({ length: n }, () => choices);

export type BallotResult = { ok: true } | { ok: false; error: StepError };

export async function castAsApi(
  api: DbHandle,
  input: { roundId: string; unitId: string; choices: Ballot; by: { userId: string | null; role: Role } },
): Promise<BallotResult> {
  try {
    await api.db.transaction(async (tx) => {
      await recordBallot(tx, { roundId: input.roundId, unitId: input.unitId, choices: input.choices });
      const [session] = await tx
        .select({ cycleId: schema.conferenceSessions.cycleId })
        .from(schema.voteRounds)
        .innerJoin(schema.conferenceSessions, eq(schema.conferenceSessions.id, schema.voteRounds.sessionId))
        .where(eq(schema.voteRounds.id, input.roundId));
      await appendAudit(tx, {
        actorUserId: input.by.userId,
        actorRole: input.by.role,
        action: 'ballot.cast',
        entity: 'voteRound',
        entityId: input.roundId,
        after: { unitId: input.unitId, cycleId: session?.cycleId, step: 'castBallot' },
      });
    });
    return { ok: true };
  } catch (error) {
    if (isDomainError(error)) return { ok: false, error: { code: error.code, message: error.message } };
    throw error;
  }
}
