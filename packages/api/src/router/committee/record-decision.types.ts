import { awardKinds, decisionNumberOf, isDecisionNumber } from '@thidua/domain';
import { z } from 'zod';
import { coded } from '../../schemas/coded';
import { cycleRef, id, isoDate, requiredText, text } from '../../schemas/common';

export const recordDecisionInput = z
  .object({
    ...cycleRef,
    // Stored as ND 30 writes it ("1/QĐ-UBND" → 01/QĐ-UBND), so duplicates are found in that form.
    number: text(50)
      .refine(isDecisionNumber, coded('INVALID_DECISION_NUMBER'))
      .transform((n) => decisionNumberOf(n) as string),
    decisionDate: isoDate(),
    signerName: requiredText(200),
    signerTitle: requiredText(200),
    awards: z.array(z.object({ unitId: id(), award: z.enum(awardKinds) }).strict()).max(200),
  })
  .strict();
