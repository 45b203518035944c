import type { Ciphertext } from './elgamal';
import {
  BallotCryptoError,
  challenge,
  G,
  type Hex,
  hexPair,
  mod,
  mulPublic,
  mulSecret,
  type Part,
  type Point,
  type RandomBytes,
  randomScalar,
  scalarFromHex,
  scalarToHex,
  small,
} from './group';

/**
 * Sigma protocols made non-interactive by Fiat–Shamir. Every challenge hashes a domain tag naming the
 * statement and the round's context, so a proof made for one statement, round or candidate never
 * verifies for another. Proofs are carried in compact form (challenges and responses); the verifier
 * recomputes the commitments from them.
 */

/** Proof of knowledge of x with X = x·G (Schnorr). */
export interface KnowledgeProof {
  c: bigint;
  z: bigint;
}

export function proveKnowledge(
  x: bigint,
  tag: string,
  parts: readonly Part[],
  rng: RandomBytes,
): KnowledgeProof {
  const X = mulSecret(G, x);
  const w = randomScalar(rng);
  const c = challenge(tag, [...parts, X, mulSecret(G, w)]);
  return { c, z: mod(w + c * x) };
}

export function verifyKnowledge(
  X: Point,
  proof: KnowledgeProof,
  tag: string,
  parts: readonly Part[],
): boolean {
  const T = mulPublic(G, proof.z).subtract(mulPublic(X, proof.c));
  return challenge(tag, [...parts, X, T]) === proof.c;
}

/** Proof that log_G X = log_A D (Chaum–Pedersen): D = x·A is a correct partial decryption by the holder of X. */
export type EqualityProof = KnowledgeProof;

export function proveEquality(
  x: bigint,
  A: Point,
  tag: string,
  parts: readonly Part[],
  rng: RandomBytes,
): EqualityProof {
  const X = mulSecret(G, x);
  const D = mulSecret(A, x);
  const w = randomScalar(rng);
  const c = challenge(tag, [...parts, X, A, D, mulSecret(G, w), mulSecret(A, w)]);
  return { c, z: mod(w + c * x) };
}

export function verifyEquality(
  X: Point,
  A: Point,
  D: Point,
  proof: EqualityProof,
  tag: string,
  parts: readonly Part[],
): boolean {
  const T1 = mulPublic(G, proof.z).subtract(mulPublic(X, proof.c));
  const T2 = mulPublic(A, proof.z).subtract(mulPublic(D, proof.c));
  return challenge(tag, [...parts, X, A, D, T1, T2]) === proof.c;
}

/**
 * Proof that (A, B) encrypts one of the allowed values v₀…v_k under H (disjunctive Chaum–Pedersen,
 * Cramer–Damgård–Schoenmakers): branch j claims (A, B − vⱼ·G) = (r·G, r·H). The real branch is proved,
 * the others are simulated, and the branch challenges must add up to the Fiat–Shamir challenge.
 */
export interface RangeProof {
  c: bigint[];
  z: bigint[];
}

/** from, from + 1, …, to. */
export const span = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

function branchCommitments(H: Point, ct: Ciphertext, v: number, c: bigint, z: bigint): [Point, Point] {
  const t1 = mulPublic(G, z).subtract(mulPublic(ct.a, c));
  const t2 = mulPublic(H, z).subtract(mulPublic(ct.b.subtract(small(v)), c));
  return [t1, t2];
}

export function proveRange(
  H: Point,
  ct: Ciphertext,
  value: number,
  r: bigint,
  values: readonly number[],
  tag: string,
  parts: readonly Part[],
  rng: RandomBytes,
): RangeProof {
  const real = values.indexOf(value);
  if (real < 0)
    throw new BallotCryptoError(`value ${value} not in {${values.join(', ')}}: no honest proof exists`);
  const c: bigint[] = [];
  const z: bigint[] = [];
  const commitments: Point[] = [];
  const w = randomScalar(rng);
  values.forEach((v, j) => {
    if (j === real) {
      c.push(0n);
      z.push(0n);
      commitments.push(mulSecret(G, w), mulSecret(H, w));
    } else {
      const cj = randomScalar(rng);
      const zj = randomScalar(rng);
      c.push(cj);
      z.push(zj);
      commitments.push(...branchCommitments(H, ct, v, cj, zj));
    }
  });
  const total = challenge(tag, [...parts, H, ct.a, ct.b, ...commitments]);
  const cv = mod(total - c.reduce((s, x) => s + x, 0n));
  c[real] = cv;
  z[real] = mod(w + cv * r);
  return { c, z };
}

export function verifyRange(
  H: Point,
  ct: Ciphertext,
  proof: RangeProof,
  values: readonly number[],
  tag: string,
  parts: readonly Part[],
): boolean {
  if (proof.c.length !== values.length || proof.z.length !== values.length) return false;
  const commitments = values.flatMap((v, j) =>
    branchCommitments(H, ct, v, proof.c[j] as bigint, proof.z[j] as bigint),
  );
  const total = challenge(tag, [...parts, H, ct.a, ct.b, ...commitments]);
  return mod(proof.c.reduce((s, x) => s + x, 0n)) === total;
}

/** Wire form of a proof: hex scalars. */
export interface KnowledgeProofJson {
  c: Hex;
  z: Hex;
}
export interface RangeProofJson {
  c: Hex[];
  z: Hex[];
}

export const knowledgeProofToJson = (p: KnowledgeProof): KnowledgeProofJson => ({
  c: scalarToHex(p.c),
  z: scalarToHex(p.z),
});

export const knowledgeProofFromJson = (json: unknown, what: string): KnowledgeProof =>
  hexPair(json, ['c', 'z'], scalarFromHex, what);

export const rangeProofToJson = (p: RangeProof): RangeProofJson => ({
  c: p.c.map(scalarToHex),
  z: p.z.map(scalarToHex),
});

export function rangeProofFromJson(json: unknown, what: string): RangeProof {
  const o = json as Partial<RangeProofJson> | null;
  if (!Array.isArray(o?.c) || !Array.isArray(o?.z)) throw new BallotCryptoError(`${what}: not a range proof`);
  return {
    c: o.c.map((x, i) => scalarFromHex(x, `${what}.c[${i}]`)),
    z: o.z.map((x, i) => scalarFromHex(x, `${what}.z[${i}]`)),
  };
}
