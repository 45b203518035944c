import { z } from 'zod';
import { cycleRef, requiredText, unitRef } from '../../schemas/common';

export const respondInput = z.object({ ...cycleRef, ...unitRef, body: requiredText(4000) }).strict();
