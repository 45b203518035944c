import { type Ciphertext, smallLog, sumCiphertexts } from './elgamal';
import {
  BallotCryptoError,
  type Hex,
  hexPair,
  mulSecret,
  type Point,
  pointFromHex,
  pointToHex,
  type RandomBytes,
} from './group';
import type { KeyShare } from './keys';
import {
  type KnowledgeProofJson,
  knowledgeProofFromJson,
  knowledgeProofToJson,
  proveEquality,
  verifyEquality,
} from './proofs';
import { type RoundParams, roundContext } from './round';

/**
 * The count without opening a ballot: the ciphertexts are added per column (each candidate, then the
 * blank mark); each board member's
 * device sends D_i = x_i·A for every sum (A, B) with a proof that it used the registered share; then
 * B − ΣD_i = total·G and the small total is found by search.
 */
export function combineBallots(ballots: readonly (readonly Ciphertext[])[], columns: number): Ciphertext[] {
  return Array.from({ length: columns }, (_, i) =>
    sumCiphertexts(
      ballots.map((b) => {
        const ct = b[i];
        if (!ct) throw new BallotCryptoError(`a ballot has no ciphertext in column ${i + 1}`);
        return ct;
      }),
    ),
  );
}

export interface CiphertextJson {
  a: Hex;
  b: Hex;
}

export const ciphertextToJson = (ct: Ciphertext): CiphertextJson => ({
  a: pointToHex(ct.a),
  b: pointToHex(ct.b),
});

export const ciphertextFromJson = (json: unknown, what: string): Ciphertext =>
  hexPair(json, ['a', 'b'], pointFromHex, what);

/** One member's partial decryption of every column's sum. */
export interface PartialDecryption {
  member: number;
  shares: { d: Hex; proof: KnowledgeProofJson }[];
}

const DECRYPT_TAG = 'partial-decryption';

export function partialDecrypt(
  params: RoundParams,
  publicKey: Point,
  share: KeyShare,
  sums: readonly Ciphertext[],
  rng: RandomBytes,
): PartialDecryption {
  if (share.roundId !== params.roundId) throw new BallotCryptoError('the key share belongs to another round');
  const ctx = roundContext(params, publicKey);
  return {
    member: share.member,
    shares: sums.map((sum, i) => ({
      d: pointToHex(mulSecret(sum.a, share.secret)),
      proof: knowledgeProofToJson(
        proveEquality(share.secret, sum.a, DECRYPT_TAG, [ctx, share.member, i], rng),
      ),
    })),
  };
}

/** The member's decryption points when every proof holds against the registered share; throws otherwise. */
export function checkPartialDecryption(
  params: RoundParams,
  publicKey: Point,
  publicShare: Point,
  sums: readonly Ciphertext[],
  partial: PartialDecryption,
): Point[] {
  const ctx = roundContext(params, publicKey);
  if (!Array.isArray(partial.shares) || partial.shares.length !== sums.length)
    throw new BallotCryptoError(`expected ${sums.length} partial decryptions from member ${partial.member}`);
  return partial.shares.map((s, i) => {
    const D = pointFromHex(s?.d, `shares[${i}].d`);
    const proof = knowledgeProofFromJson(s?.proof, `shares[${i}].proof`);
    const sum = sums[i] as Ciphertext;
    if (!verifyEquality(publicShare, sum.a, D, proof, DECRYPT_TAG, [ctx, partial.member, i]))
      throw new BallotCryptoError(
        `member ${partial.member}: the decryption proof for column ${i + 1} does not verify`,
      );
    return D;
  });
}

/** The totals from the sums and every member's checked decryption points (each at most the ballot count). */
export function finishTally(
  sums: readonly Ciphertext[],
  decryptions: readonly Point[][],
  ballotCount: number,
): number[] {
  return sums.map((sum, i) => {
    const M = decryptions.reduce((acc, ds) => acc.subtract(ds[i] as Point), sum.b);
    const total = smallLog(M, ballotCount);
    if (total === undefined)
      throw new BallotCryptoError(`column ${i + 1}: the decrypted total is not within 0..${ballotCount}`);
    return total;
  });
}
