import { cycleInput, cycleTarget } from '../../schemas/refs';
import { getCycle } from '../../services/cycles/get';
import { scopedProcedure } from '../../trpc';

export const getCycleRoute = scopedProcedure(cycleInput, cycleTarget).query(({ ctx, input }) =>
  getCycle(ctx, input.cycleId),
);
