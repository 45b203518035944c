import type { EligibilityBlockCode } from '@thidua/domain';
import { runStep } from '../../workflow/run-step';
import type { ServiceContext } from '../context';
import { uploadedFile } from '../files/step-files';

/** The secretariat or the bloc head records a case against a unit for the year. */
export async function recordEligibilityCase(
  ctx: ServiceContext,
  input: {
    cycleId: string;
    unitId: string;
    code: EligibilityBlockCode;
    reason: string;
    documentRef: string;
    fileId?: string | undefined;
  },
) {
  const { cycleId, fileId, ...args } = input;
  const file = await uploadedFile(ctx, { fileId, cycleId, unitId: input.unitId, purpose: 'eligibilityCase' });
  return runStep(ctx, cycleId, 'recordEligibilityCase', ctx.access.actor, { ...args, file });
}

/** The case ended: the unit's candidacy is no longer blocked by it. */
export function clearEligibilityCase(
  ctx: ServiceContext,
  input: { cycleId: string; unitId: string; caseId: string; clearedOn: string; note: string },
) {
  const { cycleId, ...args } = input;
  return runStep(ctx, cycleId, 'clearEligibilityCase', ctx.access.actor, args);
}
