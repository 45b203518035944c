import { cycleInput, cycleTarget } from '../../schemas/refs';
import { regenerateDossier } from '../../services/dossier/steps';
import { scopedProcedure } from '../../trpc';

export const regenerateDossierRoute = scopedProcedure(cycleInput, cycleTarget).mutation(({ ctx, input }) =>
  regenerateDossier(ctx, input),
);
