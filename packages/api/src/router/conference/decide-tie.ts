import { decideTie } from '../../services/conference/steps';
import { scopedProcedure } from '../../trpc';
import { decideTieInput, roundTarget } from './round.types';

export const decideTieRoute = scopedProcedure(decideTieInput, roundTarget).mutation(({ ctx, input }) =>
  decideTie(ctx, input),
);
