import { mergeUnits } from '../../../services/admin/units';
import { scopedProcedure } from '../../../trpc';
import { mergeUnitsInput } from './merge.types';

export const mergeUnitsRoute = scopedProcedure(mergeUnitsInput, (i) => ({
  unitId: i.fromUnitIds[0],
})).mutation(({ ctx, input }) => mergeUnits(ctx, input));
