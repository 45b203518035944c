import { conferenceSessionSchema } from '@thidua/domain';
import { z } from 'zod';
import { cycleRef, id } from '../../schemas/common';

export const recordAttendanceInput = z
  .object({
    ...cycleRef,
    presentUnitIds: z.array(id()).max(200),
    writtenOpinionUnitIds: z.array(id()).max(200).optional(),
    /** Date, time, venue, chair, secretary, counting board and guests: every minute prints them. */
    session: conferenceSessionSchema,
  })
  .strict();
