import { voteKinds } from '@thidua/domain';
import { z } from 'zod';
import { cycleRef, id } from '../../schemas/common';

export const openRoundInput = z
  .object({
    ...cycleRef,
    voteKind: z.enum(voteKinds),
    candidateUnitIds: z.array(id()).max(200).optional(),
    /** The rule's seats when absent; more than the year's quota is refused. */
    seats: z.number().int().min(1).max(200).optional(),
  })
  .strict();
