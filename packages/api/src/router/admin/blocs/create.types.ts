import { z } from 'zod';
import { id, isoDate, requiredText } from '../../../schemas/common';

export const createBlocInput = z
  .object({
    provinceId: id(),
    issuerCode: requiredText(50),
    name: requiredText(300),
    shortName: requiredText(100).optional(),
    validFrom: isoDate(),
  })
  .strict();
