import { unitCycleTarget } from '../../schemas/refs';
import { withdrawCandidacy } from '../../services/conference/steps';
import { scopedProcedure } from '../../trpc';
import { withdrawCandidacyInput } from './withdraw-candidacy.types';

export const withdrawCandidacyRoute = scopedProcedure(withdrawCandidacyInput, unitCycleTarget).mutation(
  ({ ctx, input }) => withdrawCandidacy(ctx, input),
);
