import { cycleInput, cycleTarget } from '../../schemas/refs';
import { confirmResults } from '../../services/conference/steps';
import { scopedProcedure } from '../../trpc';

export const confirmResultsRoute = scopedProcedure(cycleInput, cycleTarget).mutation(({ ctx, input }) =>
  confirmResults(ctx, input),
);
