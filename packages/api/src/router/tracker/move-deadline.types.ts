import { z } from 'zod';
import { cycleRef, instant, requiredText } from '../../schemas/common';

export const moveDeadlineInput = z
  .object({
    ...cycleRef,
    deadline: z.enum(['registration', 'selfAssessment', 'reviewResponse', 'dossier']),
    at: instant(),
    reason: requiredText(1000),
  })
  .strict();
