import { listCycles } from '../../services/cycles/list';
import { scopedProcedure } from '../../trpc';
import { listCyclesInput } from './list.types';

export const listCyclesRoute = scopedProcedure(listCyclesInput, () => null).query(({ ctx, input }) =>
  listCycles(ctx, input),
);
