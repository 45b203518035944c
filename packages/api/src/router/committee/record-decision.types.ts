import { awardKinds } from '@thidua/domain';
import { z } from 'zod';
import { cycleRef, id, isoDate, requiredText } from '../../schemas/common';

export const recordDecisionInput = z
  .object({
    ...cycleRef,
    number: requiredText(50),
    decisionDate: isoDate(),
    signerName: requiredText(200),
    signerTitle: requiredText(200),
    awards: z.array(z.object({ unitId: id(), award: z.enum(awardKinds) }).strict()).max(200),
  })
  .strict();
