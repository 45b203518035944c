import {
  checkRegistration,
  combinePublicKey,
  encryptBallot,
  generateKeyShare,
  type RoundParams,
  systemRandom,
} from '@thidua/ballot-crypto';

/**
 * Runs inside the browser, on the library the ballot page loads: the round's key from the board's
 * three shares, then `runs` ballots encrypted with their proofs, each timed. The first is what a unit
 * waits for on opening its ballot (nothing warmed up yet).
 */
export function encryptTimings(params: RoundParams, runs: number): number[] {
  const shares = [1, 2, 3].map((seat) => generateKeyShare(params.roundId, seat, systemRandom));
  const publicKey = combinePublicKey(shares.map((s) => checkRegistration(params.roundId, s.registration)));
  const marks = (v: number) => params.candidateIds.map((_, i) => ((v + i) % 4 === 0 ? 1 : 0));
  return Array.from({ length: runs }, (_, v) => {
    const started = performance.now();
    encryptBallot(params, publicKey, marks(v), systemRandom);
    return performance.now() - started;
  });
}
