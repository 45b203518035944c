import { unitCycleInput, unitCycleTarget } from '../../schemas/refs';
import { listEvidence } from '../../services/self-assessment/list-evidence';
import { scopedProcedure } from '../../trpc';

export const listEvidenceRoute = scopedProcedure(unitCycleInput, unitCycleTarget).query(({ ctx, input }) =>
  listEvidence(ctx, input),
);
