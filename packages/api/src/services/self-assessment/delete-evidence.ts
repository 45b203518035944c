import { deleteEvidence as deleteEvidenceFile } from '@thidua/db';
import { selfAssessments } from '@thidua/db/schema';
import { DomainError } from '@thidua/domain';
import { and, eq } from 'drizzle-orm';
import { audit } from '../../audit/record';
import type { ServiceContext } from '../context';
import { checkApiStep } from '../steps';

/** A unit removes a wrong evidence file while its sheet is a draft (or returned for revision). */
export async function deleteEvidence(
  ctx: ServiceContext,
  input: { cycleId: string; unitId: string; evidenceId: string },
) {
  await checkApiStep(ctx, input.cycleId, 'deleteEvidence', { unitId: input.unitId });
  return ctx.db.transaction(async (tx) => {
    // The sheet is locked: a sign-off cannot slip in between the check and the removal.
    const [sheet] = await tx
      .select({ id: selfAssessments.id, status: selfAssessments.status })
      .from(selfAssessments)
      .where(and(eq(selfAssessments.cycleId, input.cycleId), eq(selfAssessments.unitId, input.unitId)))
      .for('update');
    if (!sheet) throw new DomainError('NOT_FOUND', 'Không tìm thấy tệp minh chứng.');
    if (sheet.status === 'submitted' || sheet.status === 'signedOff')
      throw new DomainError('ALREADY_SUBMITTED');
    const removed = await deleteEvidenceFile(tx, {
      selfAssessmentId: sheet.id,
      evidenceId: input.evidenceId,
    });
    if (!removed) throw new DomainError('NOT_FOUND', 'Không tìm thấy tệp minh chứng.');
    await audit(tx, ctx.access.actor, {
      action: 'evidence.delete',
      entity: 'unit',
      entityId: input.unitId,
      before: { cycleId: input.cycleId, evidenceId: input.evidenceId, ...removed },
    });
    return { evidenceId: input.evidenceId };
  });
}
