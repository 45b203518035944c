import { cycleTarget } from '../../schemas/refs';
import { recordDecision } from '../../services/committee/steps';
import { scopedProcedure } from '../../trpc';
import { recordDecisionInput } from './record-decision.types';

export const recordDecisionRoute = scopedProcedure(recordDecisionInput, cycleTarget).mutation(
  ({ ctx, input }) => recordDecision(ctx, input),
);
