import { awardKinds, isDecisionNumber } from '@thidua/domain';
import { z } from 'zod';
import { coded } from '../../schemas/coded';
import { cycleRef, id, isoDate, requiredText, text } from '../../schemas/common';

export const recordDecisionInput = z
  .object({
    ...cycleRef,
    number: text(50).refine(isDecisionNumber, coded('INVALID_DECISION_NUMBER')),
    decisionDate: isoDate(),
    signerName: requiredText(200),
    signerTitle: requiredText(200),
    awards: z.array(z.object({ unitId: id(), award: z.enum(awardKinds) }).strict()).max(200),
  })
  .strict();
