import { z } from 'zod';
import { id } from '../../../schemas/common';

export const setActiveInput = z.object({ userId: id(), active: z.boolean() }).strict();
