import { stepFileOf } from '@thidua/db';
import type { StepFilePurpose } from '@thidua/db/schema';
import { DomainError } from '@thidua/domain';
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
