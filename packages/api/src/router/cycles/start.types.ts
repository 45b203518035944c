import { z } from 'zod';
import { workflowCalendar } from '../../schemas/calendar';
import { id, year } from '../../schemas/common';

export const startCycleInput = z
  .object({ blocId: id(), year: year(), calendar: workflowCalendar() })
  .strict();
