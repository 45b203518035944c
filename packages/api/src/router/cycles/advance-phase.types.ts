import { z } from 'zod';
import { cycleRef, requiredText } from '../../schemas/common';

export const advancePhaseInput = z
  .object({ ...cycleRef, from: z.enum(['registration', 'selfAssessment']), reason: requiredText(1000) })
  .strict();
