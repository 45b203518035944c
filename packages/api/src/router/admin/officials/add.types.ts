import { officialPositions } from '@thidua/domain';
import { z } from 'zod';
import { id, isoDate, requiredText, text } from '../../../schemas/common';

export const addOfficialInput = z
  .object({
    position: z.enum(officialPositions),
    /** The unit, province or bloc the position belongs to. */
    orgId: id(),
    fullName: requiredText(100),
    title: requiredText(300),
    signatureTitle: requiredText(100).optional(),
    validFrom: isoDate(),
    note: text(1000).optional(),
  })
  .strict();
