import { createUnit } from '../../../services/admin/units';
import { scopedProcedure } from '../../../trpc';
import { createUnitInput } from './create.types';

export const createUnitRoute = scopedProcedure(createUnitInput, (i) => ({
  provinceId: i.provinceId,
})).mutation(({ ctx, input }) => createUnit(ctx, input));
