import { unitCycleTarget } from '../../schemas/refs';
import { setReviewedScores } from '../../services/review/steps';
import { scopedProcedure } from '../../trpc';
import { setScoresInput } from './set-scores.types';

export const setScoresRoute = scopedProcedure(setScoresInput, unitCycleTarget).mutation(({ ctx, input }) =>
  setReviewedScores(ctx, input),
);
