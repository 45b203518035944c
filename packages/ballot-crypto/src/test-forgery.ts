import { CHOICE_TAG, COUNT_TAG, type EncryptedBallot } from './ballot';
import { type Ciphertext, encryptFresh, sumCiphertexts } from './elgamal';
import { mod, type Point, pointToHex, type RandomBytes, randomScalar } from './group';
import { proveRange, type RangeProof, rangeProofToJson } from './proofs';
import { type RoundParams, roundContext } from './round';

/**
 * A dishonest voter's device, for the tests: it encrypts any marks (a 2, more choices than allowed) and
 * makes each proof as if the value were the one it claims, which is the best a forger without a break
 * of the group can do.
 */
export function forgeBallot(
  params: RoundParams,
  publicKey: Point,
  marks: readonly number[],
  claim: { marks: readonly number[]; count: number },
  rng: RandomBytes,
): EncryptedBallot {
  const ctx = roundContext(params, publicKey);
  const enc = marks.map((m) => encryptFresh(publicKey, m, rng));
  const proofs: RangeProof[] = enc.map(({ ct, r }, i) =>
    proveRange(publicKey, ct, claim.marks[i] ?? 0, r, 1, CHOICE_TAG, [ctx, i], rng),
  );
  const sum: Ciphertext = sumCiphertexts(enc.map((e) => e.ct));
  const rSum = mod(enc.reduce((s, e) => s + e.r, 0n));
  const countProof = proveRange(publicKey, sum, claim.count, rSum, params.maxChoices, COUNT_TAG, [ctx], rng);
  return {
    choices: enc.map(({ ct }, i) => ({
      a: pointToHex(ct.a),
      b: pointToHex(ct.b),
      proof: rangeProofToJson(proofs[i] as RangeProof),
    })),
    countProof: rangeProofToJson(countProof),
  };
}

/** A random scalar, for forging a secret that is not the registered one. */
export const forgedSecret = (rng: RandomBytes): bigint => randomScalar(rng);
