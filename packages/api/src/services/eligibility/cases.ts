import { stepFileOf } from '@thidua/db';
import type { StepFilePurpose } from '@thidua/db/schema';
import { DomainError, type EligibilityBlockCode } from '@thidua/domain';
import { runStep } from '../../workflow/run-step';
import type { ServiceContext } from '../context';

/**
 * A file a step names must have been uploaded for that step, for that unit's year, by the one who
 * takes the step: its id and name travel with the step.
 */
export async function uploadedFile(
  ctx: ServiceContext,
  input: { fileId: string | undefined; cycleId: string; unitId: string; purpose: StepFilePurpose },
) {
  if (!input.fileId) return undefined;
  const file = await stepFileOf(ctx.db, { ...input, fileId: input.fileId });
  if (!file || file.uploadedBy !== ctx.access.principal.userId) {
    throw new DomainError(
      'INVALID_INPUT',
      'Không tìm thấy tệp đính kèm đã tải lên cho đơn vị này: hãy tải tệp lên lại rồi ghi nhận.',
      { fileId: input.fileId },
    );
  }
  return { fileId: file.id, fileName: file.fileName };
}

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
