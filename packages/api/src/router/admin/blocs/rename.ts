import { renameBloc } from '../../../services/admin/blocs';
import { scopedProcedure } from '../../../trpc';
import { renameBlocInput } from './rename.types';

export const renameBlocRoute = scopedProcedure(renameBlocInput, (i) => ({ blocId: i.blocId })).mutation(
  ({ ctx, input }) => renameBloc(ctx, input),
);
