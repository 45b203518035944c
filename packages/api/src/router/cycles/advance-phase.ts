import { advancePhase } from '../../services/cycles/steps';
import { scopedProcedure } from '../../trpc';
import { advancePhaseInput } from './advance-phase.types';

export const advancePhaseRoute = scopedProcedure(advancePhaseInput, (i) => ({ cycleId: i.cycleId })).mutation(
  ({ ctx, input }) => advancePhase(ctx, input),
);
