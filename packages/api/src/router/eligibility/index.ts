import { cycleInput, cycleTarget, unitCycleTarget } from '../../schemas/refs';
import { clearEligibilityCase, recordEligibilityCase } from '../../services/eligibility/cases';
import { eligibilityView } from '../../services/eligibility/view';
import { createTRPCRouter, scopedProcedure } from '../../trpc';
import { clearCaseInput, recordCaseInput } from './cases.types';

export const eligibilityRouter = createTRPCRouter({
  list: scopedProcedure(cycleInput, cycleTarget).query(({ ctx, input }) =>
    eligibilityView(ctx.db, input.cycleId),
  ),
  recordCase: scopedProcedure(recordCaseInput, unitCycleTarget).mutation(({ ctx, input }) =>
    recordEligibilityCase(ctx, input),
  ),
  clearCase: scopedProcedure(clearCaseInput, unitCycleTarget).mutation(({ ctx, input }) =>
    clearEligibilityCase(ctx, input),
  ),
});
