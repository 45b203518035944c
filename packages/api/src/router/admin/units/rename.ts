import { renameUnit } from '../../../services/admin/units';
import { scopedProcedure } from '../../../trpc';
import { renameUnitInput } from './rename.types';

export const renameUnitRoute = scopedProcedure(renameUnitInput, (i) => ({ unitId: i.unitId })).mutation(
  ({ ctx, input }) => renameUnit(ctx, input),
);
