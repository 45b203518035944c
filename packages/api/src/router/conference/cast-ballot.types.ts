import { z } from 'zod';
import { id, unitRef } from '../../schemas/common';
import { encryptedBallotInput } from './encrypted.types';

/** What a delegate marks: some candidates, or nobody (a blank ballot is valid). */
const ballotInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('choices'), candidateIds: z.array(id()).min(1).max(100) }).strict(),
  z.object({ kind: z.literal('blank') }).strict(),
]);

/**
 * A ballot: encrypted in the delegate's browser for an encrypted round (the server never sees the
 * choices), or the marked choices for a round without a counting board (a past year's paper ballots).
 */
export const castBallotInput = z
  .object({
    roundId: id(),
    ...unitRef,
    choices: ballotInput.optional(),
    encrypted: encryptedBallotInput.optional(),
  })
  .strict()
  .refine((i) => (i.choices === undefined) !== (i.encrypted === undefined), {
    message: 'Gửi đúng một phiếu: phiếu mã hóa hoặc phiếu ghi lựa chọn.',
  });
