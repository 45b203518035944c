import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import type { EncryptedBallot } from './ballot';
import { bytesToHex, type Hex } from './group';
import type { ShareRegistration } from './keys';
import type { CiphertextJson, PartialDecryption } from './tally';

/**
 * The round's bulletin board: everything needed to check the count without trusting the server. The
 * format is specified in SPEC.md; `npm run verify-round -- FILE` checks a downloaded copy.
 */
export interface BulletinBoard {
  format: typeof BOARD_FORMAT;
  round: { id: string; title: string; candidates: { id: string; name: string }[]; maxChoices: number };
  countingBoard: (ShareRegistration & { name: string })[];
  publicKey: Hex;
  ballots: ({ tracker: Hex } & EncryptedBallot)[];
  tally: {
    ballotCount: number;
    /** One per candidate, then the blank ballots'. */
    sums: CiphertextJson[];
    partialDecryptions: PartialDecryption[];
    totals: number[];
    blankBallots: number;
  };
}

export const BOARD_FORMAT = 'thidua-bulletin-board/1';

/** The board's file: JSON with two-space indentation and a final newline, ballots in tracker order. */
export function serializeBoard(board: BulletinBoard): string {
  const ballots = [...board.ballots].sort((x, y) =>
    x.tracker < y.tracker ? -1 : x.tracker > y.tracker ? 1 : 0,
  );
  return `${JSON.stringify({ ...board, ballots }, null, 2)}\n`;
}

/** SHA-256 of the board's file as downloaded: the hash the vote-count minutes cite. */
export function boardHash(file: string): Hex {
  return bytesToHex(sha256(utf8ToBytes(file)));
}
