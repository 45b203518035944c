import { z } from 'zod';
import { id, year } from '../../schemas/common';

export const listCyclesInput = z
  .object({
    year: year().optional(),
    blocId: id().optional(),
    provinceId: id().optional(),
    status: z.enum(['open', 'closed', 'cancelled']).optional(),
  })
  .strict()
  .default({});
