import { type Ciphertext, encryptFresh, sumCiphertexts } from './elgamal';
import {
  BallotCryptoError,
  bytesToHex,
  digest,
  type Hex,
  mod,
  type Part,
  type Point,
  pointFromHex,
  pointToHex,
  preparedKey,
  type RandomBytes,
  scalarToBytes,
} from './group';
import {
  proveRange,
  type RangeProof,
  type RangeProofJson,
  rangeProofFromJson,
  rangeProofToJson,
  verifyRange,
} from './proofs';
import { type RoundParams, roundContext } from './round';

/**
 * An encrypted ballot: one ciphertext per candidate (in the round's order) with a proof that it holds 0
 * or 1, and a proof that their sum holds 0..maxChoices (0 is the blank ballot). Its tracker is the
 * SHA-256 of everything in it: the voter sees it on screen and in the receipt and finds it on the
 * bulletin board.
 */
export interface EncryptedBallot {
  choices: { a: Hex; b: Hex; proof: RangeProofJson }[];
  countProof: RangeProofJson;
}

export const CHOICE_TAG = 'choice';
export const COUNT_TAG = 'count';

const choiceParts = (ctx: Uint8Array, index: number): Part[] => [ctx, index];

export function encryptBallot(
  params: RoundParams,
  publicKey: Point,
  marks: readonly number[],
  rng: RandomBytes,
): { ballot: EncryptedBallot; tracker: Hex } {
  const ctx = roundContext(params, publicKey);
  const H = preparedKey(publicKey);
  if (marks.length !== params.candidateIds.length)
    throw new BallotCryptoError(`${marks.length} marks for ${params.candidateIds.length} candidates`);
  const count = marks.reduce((s, m) => s + m, 0);
  const encrypted = marks.map((m, i) => {
    const { ct, r } = encryptFresh(H, m, rng);
    const proof = proveRange(H, ct, m, r, 1, CHOICE_TAG, choiceParts(ctx, i), rng);
    return { ct, r, proof };
  });
  const sum = sumCiphertexts(encrypted.map((e) => e.ct));
  const rSum = mod(encrypted.reduce((s, e) => s + e.r, 0n));
  const countProof = proveRange(H, sum, count, rSum, params.maxChoices, COUNT_TAG, [ctx], rng);
  const ballot: EncryptedBallot = {
    choices: encrypted.map((e) => ({
      a: pointToHex(e.ct.a),
      b: pointToHex(e.ct.b),
      proof: rangeProofToJson(e.proof),
    })),
    countProof: rangeProofToJson(countProof),
  };
  return {
    ballot,
    tracker: trackerOf(
      ctx,
      encrypted.map((e) => e.ct),
      encrypted.map((e) => e.proof),
      countProof,
    ),
  };
}

function trackerOf(
  ctx: Uint8Array,
  cts: readonly Ciphertext[],
  proofs: readonly RangeProof[],
  countProof: RangeProof,
): Hex {
  const scalars = (p: RangeProof) => [...p.c, ...p.z].map(scalarToBytes);
  const parts: Part[] = [ctx, cts.length];
  cts.forEach((ct, i) => {
    parts.push(ct.a, ct.b, ...scalars(proofs[i] as RangeProof));
  });
  parts.push(...scalars(countProof));
  return bytesToHex(digest('tracker', parts));
}

export type BallotCheck =
  | { ok: true; tracker: Hex; ciphertexts: Ciphertext[] }
  | { ok: false; problem: 'malformed' | 'choiceProof' | 'countProof'; detail: string };

/** Checks a ballot as the server receives it: shape, points, every proof. Never learns a choice. */
export function verifyBallot(params: RoundParams, publicKey: Point, input: unknown): BallotCheck {
  const ctx = roundContext(params, publicKey);
  const H = preparedKey(publicKey);
  let cts: Ciphertext[];
  let proofs: RangeProof[];
  let countProof: RangeProof;
  try {
    const o = input as Partial<EncryptedBallot> | null;
    if (!Array.isArray(o?.choices) || o.choices.length !== params.candidateIds.length)
      throw new BallotCryptoError(`expected ${params.candidateIds.length} encrypted choices`);
    cts = o.choices.map((c, i) => ({
      a: pointFromHex(c?.a, `choices[${i}].a`),
      b: pointFromHex(c?.b, `choices[${i}].b`),
    }));
    proofs = o.choices.map((c, i) => rangeProofFromJson(c?.proof, `choices[${i}].proof`));
    countProof = rangeProofFromJson(o.countProof, 'countProof');
  } catch (e) {
    return { ok: false, problem: 'malformed', detail: (e as Error).message };
  }
  for (const [i, ct] of cts.entries()) {
    if (!verifyRange(H, ct, proofs[i] as RangeProof, 1, CHOICE_TAG, choiceParts(ctx, i)))
      return {
        ok: false,
        problem: 'choiceProof',
        detail: `candidate ${i + 1}: the 0-or-1 proof does not verify`,
      };
  }
  const sum = sumCiphertexts(cts);
  if (!verifyRange(H, sum, countProof, params.maxChoices, COUNT_TAG, [ctx]))
    return {
      ok: false,
      problem: 'countProof',
      detail: `the proof of at most ${params.maxChoices} choices does not verify`,
    };
  return { ok: true, tracker: trackerOf(ctx, cts, proofs, countProof), ciphertexts: cts };
}
