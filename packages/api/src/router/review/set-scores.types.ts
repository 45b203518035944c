import { z } from 'zod';
import { cycleRef, id, points, text, unitRef } from '../../schemas/common';

const reason = text(1000).optional();

export const setScoresInput = z
  .object({
    ...cycleRef,
    ...unitRef,
    criteria: z
      .array(z.object({ criterionId: id(), reviewedScore: points(), reason }).strict())
      .max(500)
      .optional(),
    bonuses: z
      .array(z.object({ itemId: id(), reviewedPoints: points(), reason }).strict())
      .max(100)
      .optional(),
    penalties: z
      .array(z.object({ itemId: id(), reviewedCount: z.number().int().min(0).max(1000), reason }).strict())
      .max(100)
      .optional(),
    disqualifierIds: z.array(id()).max(50).optional(),
    comment: text(4000).optional(),
  })
  .strict();
