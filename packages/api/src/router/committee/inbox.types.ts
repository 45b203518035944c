import { z } from 'zod';
import { page } from '../../schemas/common';

export const committeeInboxInput = z
  .object({ status: z.enum(['pending', 'all']).default('pending'), page: page() })
  .strict()
  .default({ status: 'pending', page: { limit: 50, offset: 0 } });
