import { cycleInput, cycleTarget } from '../../schemas/refs';
import { conferenceResults } from '../../services/conference/results';
import { scopedProcedure } from '../../trpc';

export const resultsRoute = scopedProcedure(cycleInput, cycleTarget).query(({ ctx, input }) =>
  conferenceResults(ctx, input),
);
