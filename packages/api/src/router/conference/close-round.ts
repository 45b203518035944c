import { closeRound } from '../../services/conference/steps';
import { scopedProcedure } from '../../trpc';
import { closeRoundInput, roundTarget } from './round.types';

export const closeRoundRoute = scopedProcedure(closeRoundInput, roundTarget).mutation(({ ctx, input }) =>
  closeRound(ctx, input),
);
