import { cycleInput, cycleTarget } from '../../schemas/refs';
import { acceptDossier } from '../../services/committee/steps';
import { scopedProcedure } from '../../trpc';

export const acceptRoute = scopedProcedure(cycleInput, cycleTarget).mutation(({ ctx, input }) =>
  acceptDossier(ctx, input),
);
