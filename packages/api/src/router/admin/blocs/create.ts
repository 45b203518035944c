import { createBloc } from '../../../services/admin/blocs';
import { scopedProcedure } from '../../../trpc';
import { createBlocInput } from './create.types';

export const createBlocRoute = scopedProcedure(createBlocInput, (i) => ({
  provinceId: i.provinceId,
})).mutation(({ ctx, input }) => createBloc(ctx, input));
