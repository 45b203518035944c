import {
  type Ciphertext,
  checkPartialDecryption,
  checkRegistration,
  combineBallots,
  combinePublicKey,
  encryptBallot,
  finishTally,
  generateKeyShare,
  partialDecrypt,
  type RoundParams,
  serializeBoard,
  simulateRound,
  systemRandom,
  verifyBallot,
} from '@thidua/ballot-crypto';
import { verifyBoard } from '@thidua/round-verifier';
import { type BrowserEncryption, measureBrowserEncryption } from './ballot-browser';
import { percentile } from './lib/stats';

/**
 * 6. The encrypted ballot: encrypting one ballot (the browser's work, same code, measured in Node),
 * checking it (the server's at each cast), and the count of a round of 30 units × 10 candidates
 * (combining, each board member's partial decryption, the server's checks and the totals), plus the
 * independent verifier on that round's board. Baseline: one ristretto255 scalar multiplication.
 */
export interface BallotBenchResult {
  units: number;
  candidates: number;
  maxChoices: number;
  members: number;
  runs: number;
  /** The browser's code run in Node. */
  encryptMedianMs: number;
  /** The same in Chromium, bundled as the web app ships it. */
  browserEncryption: BrowserEncryption;
  verifyMedianMs: number;
  /** Server: combine the ballots, check every partial decryption, read the totals. */
  tallyServerMs: number;
  /** One board member's device: the partial decryption of every sum with its proofs. */
  partialDecryptionMs: number;
  verifierMs: number;
  scalarMultMs: number;
}

const time = <T>(f: () => T): [T, number] => {
  const t = performance.now();
  const out = f();
  return [out, performance.now() - t];
};

export async function measureBallot(options: { runs?: number } = {}): Promise<BallotBenchResult> {
  const runs = options.runs ?? 20;
  const units = 30;
  const candidates = 10;
  const members = 3;
  const params: RoundParams = {
    roundId: 'bench-round',
    candidateIds: Array.from({ length: candidates }, (_, i) => `unit-${i + 1}`),
    maxChoices: 3,
  };
  const rng = systemRandom;
  const keys = Array.from({ length: members }, (_, i) => generateKeyShare(params.roundId, i + 1, rng));
  const shares = keys.map((k) => checkRegistration(params.roundId, k.registration));
  const publicKey = combinePublicKey(shares);
  const marks = (v: number): number[] => params.candidateIds.map((_, i) => ((v + i) % 4 === 0 ? 1 : 0));

  const [, scalarMultMs] = time(() => {
    for (let i = 0; i < 50; i++)
      shares[0]?.multiplyUnsafe(BigInt(i + 1) * 0x1234567890abcdef1234567890abcdefn);
  });
  encryptBallot(params, publicKey, marks(0), rng); // warm-up: the key's table of multiples
  const encrypted = Array.from({ length: Math.max(runs, units) }, (_, v) =>
    time(() => encryptBallot(params, publicKey, marks(v), rng)),
  );
  const verified = encrypted.map(([b]) => time(() => verifyBallot(params, publicKey, b.ballot)));
  const received: Ciphertext[][] = verified.slice(0, units).map(([check]) => {
    if (!check.ok) throw new Error(check.detail);
    return check.columns;
  });
  const [sums, combineMs] = time(() => combineBallots(received, candidates + 1));
  const partials = keys.map((k) => time(() => partialDecrypt(params, publicKey, k.share, sums, rng)));
  const [totals, finishMs] = time(() => {
    const points = partials.map(([p], i) => checkPartialDecryption(params, publicKey, shares[i]!, sums, p));
    return finishTally(sums, points, units);
  });
  const expected = params.candidateIds.map((_, i) =>
    Array.from({ length: units }, (_, v) => marks(v)[i]!).reduce((s, x) => s + x, 0),
  );
  if (totals.slice(0, -1).join() !== expected.join()) throw new Error(`tally ${totals} ≠ marks ${expected}`);

  const board = serializeBoard(
    simulateRound(
      {
        id: 'bench-verifier',
        title: 'bench',
        candidates: params.candidateIds.map((id) => ({ id, name: id })),
        maxChoices: 3,
      },
      ['A', 'B', 'C'],
      Array.from({ length: units }, (_, v) => marks(v)),
      rng,
    ),
  );
  const [verdict, verifierMs] = time(() => verifyBoard(board));
  if (!verdict.ok) throw new Error(verdict.failures.join('; '));
  const browserEncryption = await measureBrowserEncryption(params, Math.max(runs, units));

  return {
    units,
    candidates,
    maxChoices: params.maxChoices,
    members,
    runs: encrypted.length,
    encryptMedianMs: percentile(
      encrypted.map(([, ms]) => ms),
      50,
    ),
    browserEncryption,
    verifyMedianMs: percentile(
      verified.map(([, ms]) => ms),
      50,
    ),
    tallyServerMs: combineMs + finishMs,
    partialDecryptionMs: percentile(
      partials.map(([, ms]) => ms),
      50,
    ),
    verifierMs,
    scalarMultMs: scalarMultMs / 50,
  };
}
