import { cycleInput, cycleTarget } from '../../schemas/refs';
import { listReviews } from '../../services/review/list';
import { scopedProcedure } from '../../trpc';

export const listReviewsRoute = scopedProcedure(cycleInput, cycleTarget).query(({ ctx, input }) =>
  listReviews(ctx, input),
);
