import { z } from 'zod';
import { cycleRef, requiredText, unitRef } from '../../schemas/common';

export const returnForRevisionInput = z
  .object({ ...cycleRef, ...unitRef, reason: requiredText(2000) })
  .strict();
