import { closeCycle } from '../../services/cycles/steps';
import { scopedProcedure } from '../../trpc';
import { closeCycleInput } from './close.types';

export const closeCycleRoute = scopedProcedure(closeCycleInput, (i) => ({ cycleId: i.cycleId })).mutation(
  ({ ctx, input }) => closeCycle(ctx, input),
);
