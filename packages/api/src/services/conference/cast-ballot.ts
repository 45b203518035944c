import { recordBallot } from '@thidua/db';
import type { Ballot } from '@thidua/domain';
import { audit } from '../../audit/record';
import type { ServiceContext } from '../context';
import { checkApiStep } from '../steps';

/**
 * A secret ballot. PostgreSQL is the ballot box: ONE transaction locks the open round, checks the
 * unit is a member recorded present at the conference, validates the ballot, writes the receipt
 * ("unit U voted in round R"; a second one is ALREADY_VOTED) and the anonymous ballot (no unit, user
 * or time; the urn is re-sealed), and the audit row "unit U voted in round R" — never the choices.
 * The commit IS the acceptance: nothing goes to the workflow, so nothing can be accepted on one side
 * and lost on the other. A retry after a lost answer is refused ALREADY_VOTED if the first commit
 * happened, and accepted if it did not. The tally reads the receipts when the chair closes the round.
 * Who may cast is decided before this runs: the matrix lets only the unit's own staff through.
 * The answer does not echo the choices either.
 */
export async function castBallot(
  ctx: ServiceContext,
  input: { roundId: string; unitId: string; choices: Ballot },
) {
  const cycleId = ctx.access.target.cycleId as string;
  await checkApiStep(ctx, cycleId, 'castBallot', { unitId: input.unitId });
  await ctx.db.transaction(async (tx) => {
    await recordBallot(tx, {
      roundId: input.roundId,
      unitId: input.unitId,
      choices: input.choices,
      // A past year's ballots are the paper ones as the counting board found them: a defective
      // ballot is entered as cast, and counted invalid.
      acceptInvalid: ctx.recordedAt !== undefined,
    });
    await audit(tx, ctx.access.actor, {
      action: 'ballot.cast',
      entity: 'voteRound',
      entityId: input.roundId,
      after: { unitId: input.unitId, cycleId, step: 'castBallot' },
    });
  });
  return { voted: true as const, roundId: input.roundId };
}
