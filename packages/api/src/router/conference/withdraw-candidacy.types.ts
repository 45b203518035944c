import { awardKinds } from '@thidua/domain';
import { z } from 'zod';
import { cycleRef, isoDate, requiredText, unitRef, uuid } from '../../schemas/common';

/** The unit head's letter: the award withdrawn from, the reason, the letter's number and date. */
export const withdrawCandidacyInput = z
  .object({
    ...cycleRef,
    ...unitRef,
    voteKind: z.enum(awardKinds),
    reason: requiredText(1000),
    letterNumber: requiredText(50),
    letterDate: isoDate(),
    /** The letter's scan, uploaded first (optional: the letter is cited by number and date). */
    letterFileId: uuid().optional(),
  })
  .strict();
