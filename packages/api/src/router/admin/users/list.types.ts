import { z } from 'zod';
import { page, text } from '../../../schemas/common';

export const listUsersInput = z
  .object({ query: text(100).optional(), page: page() })
  .strict()
  .default({ page: { limit: 50, offset: 0 } });
