import { endOfficialFor } from '../../../services/admin/officials';
import { scopedProcedure } from '../../../trpc';
import { endOfficialInput } from './end.types';

export const endOfficialRoute = scopedProcedure(endOfficialInput, (i) => ({
  officialId: i.officialId,
})).mutation(({ ctx, input }) => endOfficialFor(ctx, input));
