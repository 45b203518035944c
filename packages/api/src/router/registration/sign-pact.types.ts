import { z } from 'zod';
import { cycleRef, requiredText, unitRef } from '../../schemas/common';

export const signPactInput = z
  .object({ ...cycleRef, ...unitRef, signerName: requiredText(200).optional() })
  .strict();
