import { COUNTING_BOARD_SIZE, voteKinds } from '@thidua/domain';
import { z } from 'zod';
import { cycleRef, id } from '../../schemas/common';

export const openRoundInput = z
  .object({
    ...cycleRef,
    voteKind: z.enum(voteKinds),
    candidateUnitIds: z.array(id()).max(200).optional(),
    /** The rule's seats when absent; more than the year's quota is refused. */
    seats: z.number().int().min(1).max(200).optional(),
    /**
     * The counting board (Ban kiểm phiếu) of an encrypted round: the accounts of officials of units
     * present at the conference, usually 3. Absent: plaintext ballots (a past year's paper ones).
     */
    countingBoard: z.array(id()).min(COUNTING_BOARD_SIZE.min).max(COUNTING_BOARD_SIZE.max).optional(),
  })
  .strict();
