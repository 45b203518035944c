import { z } from 'zod';
import { page } from '../../schemas/common';

export const listNotificationsInput = z
  .object({ unreadOnly: z.boolean().default(false), page: page() })
  .strict()
  .default({ unreadOnly: false, page: { limit: 50, offset: 0 } });
