import { cycleInput, cycleTarget } from '../../schemas/refs';
import { lock } from '../../services/review/steps';
import { scopedProcedure } from '../../trpc';

export const lockRoute = scopedProcedure(cycleInput, cycleTarget).mutation(({ ctx, input }) =>
  lock(ctx, input),
);
