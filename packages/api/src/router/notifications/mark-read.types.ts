import { z } from 'zod';
import { id } from '../../schemas/common';

export const markReadInput = z.object({ ids: z.array(id()).min(1).max(500) }).strict();
