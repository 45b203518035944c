import { cycleTarget } from '../../schemas/refs';
import { moveDeadline } from '../../services/tracker/steps';
import { scopedProcedure } from '../../trpc';
import { moveDeadlineInput } from './move-deadline.types';

export const moveDeadlineRoute = scopedProcedure(moveDeadlineInput, cycleTarget).mutation(({ ctx, input }) =>
  moveDeadline(ctx, input),
);
