import { awardKinds } from '@thidua/domain';
import { z } from 'zod';
import { cycleRef, requiredText, text, unitRef } from '../../schemas/common';

export const registerTargetsInput = z
  .object({
    ...cycleRef,
    ...unitRef,
    targets: z
      .array(z.object({ title: requiredText(500), value: text(200).optional() }).strict())
      .min(1)
      .max(100),
    aims: z.array(z.enum(awardKinds)).max(awardKinds.length).optional(),
  })
  .strict();
