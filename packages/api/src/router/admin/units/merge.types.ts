import { z } from 'zod';
import { id, isoDate, requiredText, text } from '../../../schemas/common';

export const mergeUnitsInput = z
  .object({
    fromUnitIds: z.array(id()).min(1).max(50),
    into: z.union([
      z.object({ unitId: id() }).strict(),
      z
        .object({ code: requiredText(50), name: requiredText(300), shortName: requiredText(100).optional() })
        .strict(),
    ]),
    date: isoDate(),
    note: text(1000).optional(),
  })
  .strict();
