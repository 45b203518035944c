import { cycleTarget } from '../../schemas/refs';
import { confirmResults } from '../../services/conference/steps';
import { scopedProcedure } from '../../trpc';
import { confirmResultsInput } from './confirm-results.types';

export const confirmResultsRoute = scopedProcedure(confirmResultsInput, cycleTarget).mutation(
  ({ ctx, input }) => confirmResults(ctx, input),
);
