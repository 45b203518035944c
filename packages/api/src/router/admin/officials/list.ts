import { listOfficialsFor } from '../../../services/admin/officials';
import { scopedProcedure } from '../../../trpc';
import { listOfficialsInput } from './list.types';

export const listOfficialsRoute = scopedProcedure(listOfficialsInput, () => null).query(({ ctx, input }) =>
  listOfficialsFor(ctx, input),
);
