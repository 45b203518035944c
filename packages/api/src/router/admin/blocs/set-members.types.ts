import { z } from 'zod';
import { id, year } from '../../../schemas/common';

export const setMembersInput = z
  .object({ blocId: id(), year: year(), unitIds: z.array(id()).max(200) })
  .strict();
