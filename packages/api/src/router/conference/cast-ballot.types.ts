import { z } from 'zod';
import { id, unitRef } from '../../schemas/common';

/** What a delegate marks: some candidates, or nobody (a blank ballot is valid). */
const ballotInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('choices'), candidateIds: z.array(id()).min(1).max(100) }).strict(),
  z.object({ kind: z.literal('blank') }).strict(),
]);

export const castBallotInput = z.object({ roundId: id(), ...unitRef, choices: ballotInput }).strict();
