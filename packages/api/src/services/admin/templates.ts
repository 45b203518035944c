import { getCycle, getScoringTemplate, saveScoringTemplate } from '@thidua/db';
import type { ScoringTemplate } from '@thidua/domain';
import { DomainError } from '@thidua/domain';
import { audit } from '../../audit/record';
import type { ServiceContext } from '../context';

export async function getTemplate(ctx: ServiceContext, input: { cycleId: string }) {
  const found = await getScoringTemplate(ctx.db, input.cycleId);
  if (!found) throw new DomainError('NOT_FOUND', 'Năm thi đua chưa có bảng tiêu chí chấm điểm.');
  return found;
}

/** Edits the cycle's criteria table until the plan is adopted (then it is locked). */
export async function saveTemplate(
  ctx: ServiceContext,
  input: { cycleId: string; template: ScoringTemplate; expectedVersion: number },
) {
  const cycle = await getCycle(ctx.db, input.cycleId);
  if (!cycle) throw new DomainError('NOT_FOUND', 'Không tìm thấy năm thi đua.');
  if (input.template.blocId !== cycle.blocId || input.template.year !== cycle.year) {
    throw new DomainError('TEMPLATE_INVALID', 'Bảng tiêu chí không thuộc Khối hoặc năm thi đua này.');
  }
  return ctx.db.transaction(async (tx) => {
    const version = await saveScoringTemplate(tx, {
      cycleId: input.cycleId,
      template: input.template,
      expectedVersion: input.expectedVersion,
      editedBy: ctx.access.principal.userId,
    });
    await audit(tx, ctx.access.actor, {
      action: 'scoringTemplate.save',
      entity: 'cycle',
      entityId: input.cycleId,
      before: { version: input.expectedVersion },
      after: { version, templateId: input.template.id },
    });
    return { cycleId: input.cycleId, version };
  });
}
