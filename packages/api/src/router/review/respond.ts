import { unitCycleTarget } from '../../schemas/refs';
import { respond } from '../../services/review/steps';
import { scopedProcedure } from '../../trpc';
import { respondInput } from './respond.types';

export const respondRoute = scopedProcedure(respondInput, unitCycleTarget).mutation(({ ctx, input }) =>
  respond(ctx, input),
);
