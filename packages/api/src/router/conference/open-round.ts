import { cycleTarget } from '../../schemas/refs';
import { openRound } from '../../services/conference/steps';
import { scopedProcedure } from '../../trpc';
import { openRoundInput } from './open-round.types';

export const openRoundRoute = scopedProcedure(openRoundInput, cycleTarget).mutation(({ ctx, input }) =>
  openRound(ctx, input),
);
