import { z } from 'zod';
import { id } from '../../../schemas/common';

export const userInput = z.object({ userId: id() }).strict();
