import { encryptBallot, verifyBallot } from './ballot';
import { BOARD_FORMAT, type BulletinBoard } from './board';
import type { Ciphertext } from './elgamal';
import { pointToHex, type RandomBytes } from './group';
import { checkRegistration, combinePublicKey, generateKeyShare } from './keys';
import type { RoundParams } from './round';
import {
  checkPartialDecryption,
  ciphertextToJson,
  combineBallots,
  finishTally,
  partialDecrypt,
} from './tally';

/** The decrypted columns (candidates, then blank ballots) as the board's totals and blank count. */
function totalsAndBlank(columns: readonly number[]): { totals: number[]; blankBallots: number } {
  return { totals: columns.slice(0, -1), blankBallots: columns.at(-1) ?? 0 };
}

/**
 * A whole round in memory, every party played honestly with the same code the devices and the server
 * run: the board's key ceremony, one ballot per row of marks, the count. Used by the tests, the
 * benchmark and to make sample bulletin boards.
 */
export function simulateRound(
  round: { id: string; title: string; candidates: { id: string; name: string }[]; maxChoices: number },
  boardMembers: readonly string[],
  marks: readonly (readonly number[])[],
  rng: RandomBytes,
): BulletinBoard {
  const params: RoundParams = {
    roundId: round.id,
    candidateIds: round.candidates.map((c) => c.id),
    maxChoices: round.maxChoices,
  };
  const keys = boardMembers.map((_, i) => generateKeyShare(round.id, i + 1, rng));
  const publicShares = keys.map((k) => checkRegistration(round.id, k.registration));
  const publicKey = combinePublicKey(publicShares);
  const ballots = marks.map((m) => encryptBallot(params, publicKey, m, rng));
  const received: Ciphertext[][] = ballots.map(({ ballot }) => {
    const check = verifyBallot(params, publicKey, ballot);
    if (!check.ok) throw new Error(check.detail);
    return check.columns;
  });
  const sums = combineBallots(received, params.candidateIds.length + 1);
  const partials = keys.map((k) => partialDecrypt(params, publicKey, k.share, sums, rng));
  const points = partials.map((p, i) => checkPartialDecryption(params, publicKey, publicShares[i]!, sums, p));
  return {
    format: BOARD_FORMAT,
    round,
    countingBoard: keys.map((k, i) => ({ ...k.registration, name: boardMembers[i] ?? '' })),
    publicKey: pointToHex(publicKey),
    ballots: ballots.map(({ ballot, tracker }) => ({ tracker, ...ballot })),
    tally: {
      ballotCount: ballots.length,
      sums: sums.map(ciphertextToJson),
      partialDecryptions: partials,
      ...totalsAndBlank(finishTally(sums, points, ballots.length)),
    },
  };
}
