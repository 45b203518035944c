import { cycleInput, cycleTarget } from '../../schemas/refs';
import { listDossier } from '../../services/dossier/list';
import { scopedProcedure } from '../../trpc';

export const listDossierRoute = scopedProcedure(cycleInput, cycleTarget).query(({ ctx, input }) =>
  listDossier(ctx, input),
);
