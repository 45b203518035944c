import { listBlocs } from '../../../services/admin/blocs';
import { scopedProcedure } from '../../../trpc';
import { listBlocsInput } from './list.types';

export const listBlocsRoute = scopedProcedure(listBlocsInput, () => null).query(({ ctx, input }) =>
  listBlocs(ctx, input),
);
