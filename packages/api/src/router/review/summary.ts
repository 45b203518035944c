import { cycleInput, cycleTarget } from '../../schemas/refs';
import { reviewSummary } from '../../services/review/summary';
import { scopedProcedure } from '../../trpc';

export const reviewSummaryRoute = scopedProcedure(cycleInput, cycleTarget).query(({ ctx, input }) =>
  reviewSummary(ctx, input),
);
