import { z } from 'zod';
import { cycleRef, unitRef } from './common';

/** Procedures acting on a whole cycle. */
export const cycleInput = z.object({ ...cycleRef }).strict();
export const cycleTarget = (i: { cycleId: string }) => ({ cycleId: i.cycleId });

/** Procedures acting on one unit in one cycle. */
export const unitCycleInput = z.object({ ...cycleRef, ...unitRef }).strict();
export const unitCycleTarget = (i: { cycleId: string; unitId: string }) => ({
  cycleId: i.cycleId,
  unitId: i.unitId,
});
