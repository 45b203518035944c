import { listUnits } from '../../../services/admin/units';
import { scopedProcedure } from '../../../trpc';
import { listUnitsInput } from './list.types';

export const listUnitsRoute = scopedProcedure(listUnitsInput, () => null).query(({ ctx, input }) =>
  listUnits(ctx, input),
);
