import { cycleInput, cycleTarget } from '../../schemas/refs';
import { submitDossier } from '../../services/dossier/steps';
import { scopedProcedure } from '../../trpc';

export const submitDossierRoute = scopedProcedure(cycleInput, cycleTarget).mutation(({ ctx, input }) =>
  submitDossier(ctx, input),
);
