import { adoptPlan } from '../../services/cycles/steps';
import { scopedProcedure } from '../../trpc';
import { adoptPlanInput } from './adopt-plan.types';

export const adoptPlanRoute = scopedProcedure(adoptPlanInput, (i) => ({ cycleId: i.cycleId })).mutation(
  ({ ctx, input }) => adoptPlan(ctx, input),
);
