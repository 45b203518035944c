import { unitCycleInput, unitCycleTarget } from '../../schemas/refs';
import { signOff } from '../../services/self-assessment/steps';
import { scopedProcedure } from '../../trpc';

export const signOffRoute = scopedProcedure(unitCycleInput, unitCycleTarget).mutation(({ ctx, input }) =>
  signOff(ctx, input),
);
