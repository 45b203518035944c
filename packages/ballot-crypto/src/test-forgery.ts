import {
  BLANK_TAG,
  CHOICE_TAG,
  COUNT_TAG,
  countCiphertext,
  type EncryptedBallot,
  ZERO_OR_ONE,
} from './ballot';
import { type Ciphertext, encryptFresh } from './elgamal';
import { mod, type Point, pointToHex, type RandomBytes, randomScalar } from './group';
import { proveRange, type RangeProof, rangeProofToJson, span } from './proofs';
import { type RoundParams, roundContext } from './round';

/**
 * A dishonest voter's device, for the tests: it encrypts any marks (a 2, more choices than allowed, a
 * blank mark on a ballot that chooses) and makes each proof as if the value were the one it claims,
 * which is the best a forger without a break of the group can do.
 */
export function forgeBallot(
  params: RoundParams,
  publicKey: Point,
  marks: { choices: readonly number[]; blank: number },
  claim: { choices: readonly number[]; blank: number; count: number },
  rng: RandomBytes,
): EncryptedBallot {
  const ctx = roundContext(params, publicKey);
  const k = params.maxChoices;
  const enc = marks.choices.map((m) => encryptFresh(publicKey, m, rng));
  const proofs: RangeProof[] = enc.map(({ ct, r }, i) =>
    proveRange(publicKey, ct, claim.choices[i] ?? 0, r, ZERO_OR_ONE, CHOICE_TAG, [ctx, i], rng),
  );
  const blank = encryptFresh(publicKey, marks.blank, rng);
  const blankProof = proveRange(
    publicKey,
    blank.ct,
    claim.blank,
    blank.r,
    ZERO_OR_ONE,
    BLANK_TAG,
    [ctx],
    rng,
  );
  const total: Ciphertext = countCiphertext(
    enc.map((e) => e.ct),
    blank.ct,
    k,
  );
  const rTotal = mod(enc.reduce((s, e) => s + e.r, 0n) + BigInt(k) * blank.r);
  const countProof = proveRange(publicKey, total, claim.count, rTotal, span(1, k), COUNT_TAG, [ctx], rng);
  const wire = (ct: Ciphertext, proof: RangeProof) => ({
    a: pointToHex(ct.a),
    b: pointToHex(ct.b),
    proof: rangeProofToJson(proof),
  });
  return {
    choices: enc.map(({ ct }, i) => wire(ct, proofs[i] as RangeProof)),
    blank: wire(blank.ct, blankProof),
    countProof: rangeProofToJson(countProof),
  };
}

/** A random scalar, for forging a secret that is not the registered one. */
export const forgedSecret = (rng: RandomBytes): bigint => randomScalar(rng);
