import { addCiphertexts, type Ciphertext, encryptFresh, sumCiphertexts } from './elgamal';
import {
  BallotCryptoError,
  bytesToHex,
  digest,
  type Hex,
  mod,
  mulPublic,
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
  span,
  verifyRange,
} from './proofs';
import { type RoundParams, roundContext } from './round';

/**
 * An encrypted ballot: one ciphertext per candidate (in the round's order) with a proof that it holds 0
 * or 1; a "blank" ciphertext, also 0 or 1; and a proof that (the number of choices + maxChoices × blank)
 * is within 1..maxChoices — so a ballot chooses 1..maxChoices candidates, or nobody and is marked
 * blank, and the count of blank ballots is decrypted like a candidate's. Its tracker is the SHA-256 of
 * everything in it: the voter sees it on screen and in the receipt and finds it on the bulletin board.
 */
interface EncryptedMark {
  a: Hex;
  b: Hex;
  proof: RangeProofJson;
}

export interface EncryptedBallot {
  choices: EncryptedMark[];
  blank: EncryptedMark;
  countProof: RangeProofJson;
}

export const CHOICE_TAG = 'choice';
export const BLANK_TAG = 'blank';
export const COUNT_TAG = 'count';
export const ZERO_OR_ONE = [0, 1] as const;

const choiceParts = (ctx: Uint8Array, index: number): Part[] => [ctx, index];

/** Σ choices + k·blank: the ciphertext the count proof is about. */
export function countCiphertext(
  choices: readonly Ciphertext[],
  blank: Ciphertext,
  maxChoices: number,
): Ciphertext {
  const k = BigInt(maxChoices);
  return addCiphertexts(sumCiphertexts(choices), { a: mulPublic(blank.a, k), b: mulPublic(blank.b, k) });
}

export function encryptBallot(
  params: RoundParams,
  publicKey: Point,
  marks: readonly number[],
  rng: RandomBytes,
): { ballot: EncryptedBallot; tracker: Hex } {
  const ctx = roundContext(params, publicKey);
  const H = preparedKey(publicKey);
  const k = params.maxChoices;
  if (marks.length !== params.candidateIds.length)
    throw new BallotCryptoError(`${marks.length} marks for ${params.candidateIds.length} candidates`);
  const mark = (m: number, tag: string, parts: Part[]) => {
    const { ct, r } = encryptFresh(H, m, rng);
    return { ct, r, proof: proveRange(H, ct, m, r, ZERO_OR_ONE, tag, parts, rng) };
  };
  const chosen = marks.map((m, i) => mark(m, CHOICE_TAG, choiceParts(ctx, i)));
  const count = marks.reduce((s, m) => s + m, 0);
  const blankMark = count === 0 ? 1 : 0;
  const blank = mark(blankMark, BLANK_TAG, [ctx]);
  const total = countCiphertext(
    chosen.map((e) => e.ct),
    blank.ct,
    k,
  );
  const rTotal = mod(chosen.reduce((s, e) => s + e.r, 0n) + BigInt(k) * blank.r);
  const countProof = proveRange(H, total, count + k * blankMark, rTotal, span(1, k), COUNT_TAG, [ctx], rng);
  const wire = (e: { ct: Ciphertext; proof: RangeProof }): EncryptedMark => ({
    a: pointToHex(e.ct.a),
    b: pointToHex(e.ct.b),
    proof: rangeProofToJson(e.proof),
  });
  return {
    ballot: { choices: chosen.map(wire), blank: wire(blank), countProof: rangeProofToJson(countProof) },
    tracker: trackerOf(ctx, [...chosen, blank], countProof),
  };
}

/** SHA-256 over the context, then each candidate's and the blank mark's ciphertext and proof, then the count proof. */
function trackerOf(
  ctx: Uint8Array,
  marks: readonly { ct: Ciphertext; proof: RangeProof }[],
  countProof: RangeProof,
): Hex {
  const scalars = (p: RangeProof) => [...p.c, ...p.z].map(scalarToBytes);
  const parts: Part[] = [ctx, marks.length - 1];
  for (const { ct, proof } of marks) parts.push(ct.a, ct.b, ...scalars(proof));
  parts.push(...scalars(countProof));
  return bytesToHex(digest('tracker', parts));
}

export type BallotCheck =
  | { ok: true; tracker: Hex /** The candidates' ciphertexts, then the blank one. */; columns: Ciphertext[] }
  | { ok: false; problem: 'malformed' | 'choiceProof' | 'blankProof' | 'countProof'; detail: string };

function readMark(json: unknown, what: string): { ct: Ciphertext; proof: RangeProof } {
  const o = json as Partial<EncryptedMark> | null;
  return {
    ct: { a: pointFromHex(o?.a, `${what}.a`), b: pointFromHex(o?.b, `${what}.b`) },
    proof: rangeProofFromJson(o?.proof, `${what}.proof`),
  };
}

/** Checks a ballot as the server receives it: shape, points, every proof. Never learns a choice. */
export function verifyBallot(params: RoundParams, publicKey: Point, input: unknown): BallotCheck {
  const ctx = roundContext(params, publicKey);
  const H = preparedKey(publicKey);
  let chosen: { ct: Ciphertext; proof: RangeProof }[];
  let blank: { ct: Ciphertext; proof: RangeProof };
  let countProof: RangeProof;
  try {
    const o = input as Partial<EncryptedBallot> | null;
    if (!Array.isArray(o?.choices) || o.choices.length !== params.candidateIds.length)
      throw new BallotCryptoError(`expected ${params.candidateIds.length} encrypted choices`);
    chosen = o.choices.map((c, i) => readMark(c, `choices[${i}]`));
    blank = readMark(o.blank, 'blank');
    countProof = rangeProofFromJson(o.countProof, 'countProof');
  } catch (e) {
    return { ok: false, problem: 'malformed', detail: (e as Error).message };
  }
  for (const [i, { ct, proof }] of chosen.entries()) {
    if (!verifyRange(H, ct, proof, ZERO_OR_ONE, CHOICE_TAG, choiceParts(ctx, i)))
      return {
        ok: false,
        problem: 'choiceProof',
        detail: `candidate ${i + 1}: the 0-or-1 proof does not verify`,
      };
  }
  if (!verifyRange(H, blank.ct, blank.proof, ZERO_OR_ONE, BLANK_TAG, [ctx]))
    return { ok: false, problem: 'blankProof', detail: 'the blank mark’s 0-or-1 proof does not verify' };
  const total = countCiphertext(
    chosen.map((e) => e.ct),
    blank.ct,
    params.maxChoices,
  );
  if (!verifyRange(H, total, countProof, span(1, params.maxChoices), COUNT_TAG, [ctx]))
    return {
      ok: false,
      problem: 'countProof',
      detail: `the proof of 1..${params.maxChoices} choices or a blank ballot does not verify`,
    };
  return {
    ok: true,
    tracker: trackerOf(ctx, [...chosen, blank], countProof),
    columns: [...chosen, blank].map((e) => e.ct),
  };
}
