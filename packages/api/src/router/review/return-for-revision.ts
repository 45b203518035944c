import { unitCycleTarget } from '../../schemas/refs';
import { returnForRevision } from '../../services/review/steps';
import { scopedProcedure } from '../../trpc';
import { returnForRevisionInput } from './return-for-revision.types';

export const returnForRevisionRoute = scopedProcedure(returnForRevisionInput, unitCycleTarget).mutation(
  ({ ctx, input }) => returnForRevision(ctx, input),
);
