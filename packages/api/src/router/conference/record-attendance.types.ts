import { z } from 'zod';
import { cycleRef, id, isoDate } from '../../schemas/common';

export const recordAttendanceInput = z
  .object({
    ...cycleRef,
    presentUnitIds: z.array(id()).max(200),
    writtenOpinionUnitIds: z.array(id()).max(200).optional(),
    heldOn: isoDate().optional(),
  })
  .strict();
