import { type EncryptedBallot, pointFromHex, roundParams, verifyBallot } from '@thidua/ballot-crypto';
import { type RoundRow, recordBallot, recordEncryptedBallot } from '@thidua/db';
import { type Ballot, DomainError } from '@thidua/domain';
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
 * In an encrypted round the browser sends the ballot encrypted with the round's key and proofs that
 * each mark is 0 or 1 and the choices within the limit (or a blank ballot); the server checks the
 * proofs, stores the ciphertexts with the tracker and answers the tracker. It never sees a choice.
 */
export async function castBallot(
  ctx: ServiceContext,
  input: {
    roundId: string;
    unitId: string;
    choices?: Ballot | undefined;
    encrypted?: EncryptedBallot | undefined;
  },
) {
  const cycleId = ctx.access.target.cycleId as string;
  await checkApiStep(ctx, cycleId, 'castBallot', { unitId: input.unitId });
  const tracker = await ctx.db.transaction(async (tx) => {
    let cast: { tracker: string } | undefined;
    if (input.encrypted) {
      cast = await recordEncryptedBallot(tx, {
        roundId: input.roundId,
        unitId: input.unitId,
        ballot: input.encrypted,
        verify: (round, publicKey) => checkedTracker(round, publicKey, input.encrypted),
      });
    } else {
      await recordBallot(tx, {
        roundId: input.roundId,
        unitId: input.unitId,
        choices: input.choices as Ballot,
        // A past year's ballots are the paper ones as the counting board found them: a defective
        // ballot is entered as cast, and counted invalid.
        acceptInvalid: ctx.recordedAt !== undefined,
      });
    }
    await audit(tx, ctx.access.actor, {
      action: 'ballot.cast',
      entity: 'voteRound',
      entityId: input.roundId,
      after: { unitId: input.unitId, cycleId, step: 'castBallot' },
    });
    return cast?.tracker;
  });
  // The tracker (a hash of the encrypted ballot) is the voter's receipt: it finds it on the bulletin board.
  return { voted: true as const, roundId: input.roundId, ...(tracker ? { tracker } : {}) };
}

/** The ballot's proofs against the round's candidates, limit and key; its tracker when they hold. */
function checkedTracker(round: RoundRow, publicKey: string, ballot: unknown): string {
  const check = verifyBallot(
    roundParams(
      round.id,
      round.candidates.map((c) => c.unitId),
      round.maxChoices,
    ),
    pointFromHex(publicKey, 'publicKey'),
    ballot,
  );
  if (!check.ok) throw new DomainError('BALLOT_PROOF_INVALID', undefined, { problem: check.problem });
  return check.tracker;
}
