import { z } from 'zod';
import { cycleRef, instant, requiredText, unitRef } from '../../schemas/common';

export const grantExtensionInput = z
  .object({ ...cycleRef, ...unitRef, until: instant(), reason: requiredText(1000) })
  .strict();
