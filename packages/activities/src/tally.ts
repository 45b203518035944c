import { closeVoteRound, loadTallyInput, schema } from '@thidua/db';
import { checkNonVotersConfirmed, DomainError, tallyRound as tally } from '@thidua/domain';
import { eq } from 'drizzle-orm';
import type { TallyRoundInput, TallyRoundOutput } from './contract';
import type { ResolvedDeps } from './deps';
import { withActivityErrors } from './errors';

/**
 * Seals a round's ballot box and counts it (see the note in the workflow's conference module).
 * Ballots are accepted by PostgreSQL alone: the round row lock waits for casting transactions in
 * flight, so the receipts read under it are exactly the ballots counted. The anonymous ballots are
 * tallied here and only the aggregate leaves, with who voted (the receipts) and which present units
 * did not. Idempotent: a sealed round returns its stored tally.
 */
/** What the workflow knows of a round that the count decides on, ballots plain or encrypted. */
export function roundCountFacts(input: TallyRoundInput) {
  const { voteKind, rule, roundNumber, seats, maxChoices, members, present, ballotsIssued, candidates } =
    input;
  return { voteKind, rule, roundNumber, seats, maxChoices, members, present, ballotsIssued, candidates };
}

export async function tallyRound(deps: ResolvedDeps, input: TallyRoundInput): Promise<TallyRoundOutput> {
  return withActivityErrors(() =>
    deps.db.transaction(async (tx) => {
      const [round] = await tx
        .select()
        .from(schema.voteRounds)
        .where(eq(schema.voteRounds.id, input.roundId))
        .for('update');
      if (!round) throw new Error(`vote round ${input.roundId} is not projected yet`);
      const receipts = await tx
        .select({ unitId: schema.ballotReceipts.unitId })
        .from(schema.ballotReceipts)
        .where(eq(schema.ballotReceipts.roundId, input.roundId));
      const receiptUnitIds = receipts.map((r) => r.unitId).sort();
      // A tally scheduled by an earlier build (it sent no attendance) reports no missing voters.
      const missingVoters = (input.presentUnitIds ?? []).filter((u) => !receiptUnitIds.includes(u)).sort();
      if (round.status === 'closed' && round.tally)
        return { tally: round.tally, receiptUnitIds, missingVoters };
      // Under the round lock: a unit that has not voted is counted out only if the chair named it.
      if (input.notVotedConfirmed) checkNonVotersConfirmed(missingVoters, input.notVotedConfirmed);

      const stored = await loadTallyInput(tx, input.roundId);
      const written = stored.writtenOpinions ?? [];
      if (stored.ballots.length + written.length !== receiptUnitIds.length) {
        throw new DomainError(
          'BALLOT_COUNT_MISMATCH',
          `Số phiếu trong hòm phiếu (${stored.ballots.length + written.length}) không khớp số đơn vị đã bỏ phiếu (${receiptUnitIds.length}).`,
        );
      }
      // The workflow's view of the round (rule, seats, candidates, attendance) with the stored ballots;
      // a rule the count breaks fails the activity under its own code.
      const result = tally({
        ...roundCountFacts(input),
        ballots: stored.ballots,
        writtenOpinions: input.rule.writtenOpinionsOfAbsentAllowed ? written : [],
      });
      await closeVoteRound(tx, { roundId: input.roundId, tally: result, closedAt: deps.now() });
      deps.logger.info(
        { roundId: input.roundId, outcome: result.outcome.kind, ballots: stored.ballots.length },
        'round tallied',
      );
      return { tally: result, receiptUnitIds, missingVoters };
    }),
  );
}
