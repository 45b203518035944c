import { unitCycleInput, unitCycleTarget } from '../../schemas/refs';
import { getReview } from '../../services/review/get';
import { scopedProcedure } from '../../trpc';

export const getReviewRoute = scopedProcedure(unitCycleInput, unitCycleTarget).query(({ ctx, input }) =>
  getReview(ctx, input),
);
