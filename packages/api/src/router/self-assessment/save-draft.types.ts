import { z } from 'zod';
import { cycleRef, id, points, text, unitRef } from '../../schemas/common';

export const saveDraftInput = z
  .object({
    ...cycleRef,
    ...unitRef,
    criteria: z
      .array(z.object({ criterionId: id(), selfScore: points(), selfNote: text(2000).optional() }).strict())
      .max(500),
    bonuses: z
      .array(z.object({ itemId: id(), selfPoints: points() }).strict())
      .max(100)
      .optional(),
    penalties: z
      .array(z.object({ itemId: id(), selfCount: z.number().int().min(0).max(1000) }).strict())
      .max(100)
      .optional(),
  })
  .strict();
