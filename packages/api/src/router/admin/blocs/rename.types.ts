import { z } from 'zod';
import { id, isoDate, requiredText } from '../../../schemas/common';

export const renameBlocInput = z
  .object({
    blocId: id(),
    name: requiredText(300),
    shortName: requiredText(100).optional(),
    validFrom: isoDate(),
  })
  .strict();
