import {
  G,
  IDENTITY,
  mulPublic,
  mulSecret,
  type Point,
  type RandomBytes,
  randomScalar,
  small,
} from './group';

/**
 * Exponential ElGamal under the round's public key H: Enc(m; r) = (r·G, m·G + r·H). Adding two
 * ciphertexts adds their messages, so the sum of every ballot's ciphertext for a candidate encrypts
 * that candidate's total; only the small total is ever recovered, by a discrete-log search.
 */
export interface Ciphertext {
  a: Point;
  b: Point;
}

export function encrypt(publicKey: Point, m: number, r: bigint): Ciphertext {
  return { a: mulSecret(G, r), b: small(m).add(mulSecret(publicKey, r)) };
}

export function encryptFresh(publicKey: Point, m: number, rng: RandomBytes): { ct: Ciphertext; r: bigint } {
  const r = randomScalar(rng);
  return { ct: encrypt(publicKey, m, r), r };
}

export function addCiphertexts(x: Ciphertext, y: Ciphertext): Ciphertext {
  return { a: x.a.add(y.a), b: x.b.add(y.b) };
}

/** The sum of ciphertexts; the empty sum is the (trivial) encryption of 0 with randomness 0. */
export function sumCiphertexts(cts: readonly Ciphertext[]): Ciphertext {
  return cts.reduce(addCiphertexts, { a: IDENTITY, b: IDENTITY });
}

/** m for m·G = p with 0 ≤ m ≤ max, or undefined (a total is at most the number of ballots). */
export function smallLog(p: Point, max: number): number | undefined {
  let acc = mulPublic(G, 0n);
  for (let m = 0; m <= max; m++) {
    if (acc.equals(p)) return m;
    acc = acc.add(G);
  }
  return undefined;
}
