import { z } from 'zod';
import { id, unitRef } from '../../schemas/common';

/**
 * The wire shapes of @thidua/ballot-crypto (SPEC.md): points and scalars as 64 lower-case hex
 * characters. The proofs are checked by the server (ballots) and the workflow (shares, decryptions).
 */
const hex = () => z.string().regex(/^[0-9a-f]{64}$/, 'Giá trị mã hóa không hợp lệ.');
const knowledgeProof = z.object({ c: hex(), z: hex() }).strict();
const rangeProof = z
  .object({ c: z.array(hex()).min(2).max(101), z: z.array(hex()).min(2).max(101) })
  .strict();
const mark = z.object({ a: hex(), b: hex(), proof: rangeProof }).strict();

export const encryptedBallotInput = z
  .object({ choices: z.array(mark).min(1).max(100), blank: mark, countProof: rangeProof })
  .strict();

const seat = z.number().int().min(1).max(255);

export const registerKeyShareInput = z
  .object({
    roundId: id(),
    ...unitRef,
    registration: z.object({ member: seat, publicShare: hex(), proof: knowledgeProof }).strict(),
  })
  .strict();

export const submitPartialDecryptionInput = z
  .object({
    roundId: id(),
    ...unitRef,
    partial: z
      .object({
        member: seat,
        shares: z
          .array(z.object({ d: hex(), proof: knowledgeProof }).strict())
          .min(2)
          .max(101),
      })
      .strict(),
  })
  .strict();

export const roundInput = z.object({ roundId: id() }).strict();
