import { randomInt, randomUUID } from 'node:crypto';
import { type Ballot, type Candidate, normalizeStrings, readBallot, type VoteRule } from '@thidua/domain';
import type * as s from '../schema';
import type { Insert } from './insert';

export interface RoundRowsInput {
  sessionId: string;
  voteKind: Insert<typeof s.voteRounds>['voteKind'];
  rule: VoteRule;
  candidates: readonly Candidate[];
  ballotsIssued: number;
  /** Units that cast a ballot (receipts); same count as `ballots`. */
  voterUnitIds: readonly string[];
  ballots: readonly Ballot[];
  /** When the round was held (opened and closed: imported rounds have no duration). */
  heldAt?: Date;
}

/**
 * A first round with its ballots and receipts, for importing a round that took place. The round
 * row is OPEN: the urn triggers accept ballots only while it is; insertImportedRounds closes it.
 * Ballots are shuffled and carry no voter: the receipts list who voted, in unit order, and share
 * nothing with the ballots.
 */
export function importedRoundRows(input: RoundRowsInput) {
  if (input.voterUnitIds.length !== input.ballots.length) {
    throw new Error(
      `round ${input.voteKind}: ${input.ballots.length} ballots for ${input.voterUnitIds.length} voters`,
    );
  }
  const id = randomUUID();
  const candidates = normalizeStrings([...input.candidates]);
  const ctx = {
    candidates,
    maxChoices: input.rule.maxChoices,
    ineligibleChoice: input.rule.ineligibleChoice,
  };
  const heldAt = input.heldAt ?? new Date();
  return {
    round: {
      id,
      sessionId: input.sessionId,
      voteKind: input.voteKind,
      roundNumber: 1,
      status: 'open',
      rule: normalizeStrings(input.rule),
      seats: input.rule.seats,
      maxChoices: input.rule.maxChoices,
      candidates,
      ballotsIssued: input.ballotsIssued,
      openedAt: heldAt,
    } satisfies Insert<typeof s.voteRounds>,
    ballots: shuffle(input.ballots).map((ballot) => {
      const reading = readBallot(ballot, ctx);
      return {
        roundId: id,
        choices: normalizeStrings(ballot),
        valid: reading.valid,
        invalidReason: reading.reason ?? null,
      };
    }) satisfies Insert<typeof s.ballots>[],
    receipts: input.voterUnitIds.map((unitId) => ({ roundId: id, unitId })) satisfies Insert<
      typeof s.ballotReceipts
    >[],
  };
}

/** Fisher–Yates with a cryptographic source: the stored order must not be predictable. */
function shuffle<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
