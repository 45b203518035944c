import { z } from 'zod';
import { id, isoDate, requiredText, text } from '../../../schemas/common';

export const renameUnitInput = z
  .object({
    unitId: id(),
    name: requiredText(300),
    shortName: requiredText(100).optional(),
    validFrom: isoDate(),
    note: text(1000).optional(),
  })
  .strict();
