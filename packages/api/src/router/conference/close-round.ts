import { closeRound } from '../../services/conference/steps';
import { scopedProcedure } from '../../trpc';
import { roundInput, roundTarget } from './round.types';

export const closeRoundRoute = scopedProcedure(roundInput, roundTarget).mutation(({ ctx, input }) =>
  closeRound(ctx, input),
);
