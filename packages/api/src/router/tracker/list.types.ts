import { z } from 'zod';
import { id, page, year } from '../../schemas/common';

export const trackerListInput = z
  .object({
    provinceId: id().optional(),
    blocId: id().optional(),
    year: year().optional(),
    status: z.enum(['all', 'overdue', 'pending', 'done']).default('all'),
    sort: z.enum(['due', 'bloc', 'unit', 'year']).default('due'),
    direction: z.enum(['asc', 'desc']).default('asc'),
    page: page(),
  })
  .strict()
  .default({ status: 'all', sort: 'due', direction: 'asc', page: { limit: 50, offset: 0 } });
