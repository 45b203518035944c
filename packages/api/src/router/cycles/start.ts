import { startCycle } from '../../services/cycles/start';
import { scopedProcedure } from '../../trpc';
import { startCycleInput } from './start.types';

export const startCycleRoute = scopedProcedure(startCycleInput, (i) => ({
  blocId: i.blocId,
  year: i.year,
})).mutation(({ ctx, input }) => startCycle(ctx, input));
