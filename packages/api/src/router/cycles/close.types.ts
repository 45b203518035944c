import { z } from 'zod';
import { workflowCalendar } from '../../schemas/calendar';
import { cycleRef } from '../../schemas/common';

export const closeCycleInput = z
  .object({ ...cycleRef, nextCalendar: workflowCalendar().optional() })
  .strict();
