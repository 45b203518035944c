import { unitCycleInput, unitCycleTarget } from '../../schemas/refs';
import { submit } from '../../services/self-assessment/steps';
import { scopedProcedure } from '../../trpc';

export const submitRoute = scopedProcedure(unitCycleInput, unitCycleTarget).mutation(({ ctx, input }) =>
  submit(ctx, input),
);
