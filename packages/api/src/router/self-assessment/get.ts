import { unitCycleInput, unitCycleTarget } from '../../schemas/refs';
import { getSelfAssessment } from '../../services/self-assessment/get';
import { scopedProcedure } from '../../trpc';

export const getSelfAssessmentRoute = scopedProcedure(unitCycleInput, unitCycleTarget).query(
  ({ ctx, input }) => getSelfAssessment(ctx, input),
);
