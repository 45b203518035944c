import { DomainError, typedSheetIssues } from '@thidua/domain';
import { runStep } from '../../workflow/run-step';
import type { ServiceContext } from '../context';
import { loadUnitSheet, requireTemplate } from './load';

const fieldLabels = {
  scores: 'điểm',
  notes: 'giải trình',
  bonuses: 'điểm thưởng',
  penalties: 'lỗi trừ điểm',
};

/** A draft still holding invalid typed entries is not signed: the head would sign less than was typed. */
async function refuseInvalidTyped(ctx: ServiceContext, loaded: Awaited<ReturnType<typeof loadUnitSheet>>) {
  if (!loaded?.head.typedEntries) return;
  const { template } = await requireTemplate(ctx.db, loaded.head.cycleId);
  const issues = typedSheetIssues(template, loaded.head.typedEntries);
  if (issues.length === 0) return;
  const codes = new Map(template.groups.flatMap((g) => g.criteria).map((c) => [c.id, c.code]));
  const where = issues.map((i) => `${fieldLabels[i.field]} ${codes.get(i.id) ?? i.id}`).join(', ');
  throw new DomainError(
    'TYPED_ENTRIES_INVALID',
    `Bản tự chấm còn ${issues.length} ô chưa hợp lệ (${where}). Sửa các ô được đánh dấu đỏ trên trang Tự đánh giá rồi ký duyệt.`,
    { issues },
  );
}

/**
 * The unit head signs off the saved draft: the workflow receives the self side of the sheet (empty
 * before the first save) and checks who may sign, when, and that every criterion is scored.
 */
export async function signOff(ctx: ServiceContext, input: { cycleId: string; unitId: string }) {
  const loaded = await loadUnitSheet(ctx.db, input.cycleId, input.unitId);
  await refuseInvalidTyped(ctx, loaded);
  const sheet = loaded?.sheet ?? {
    unitId: input.unitId,
    criteria: [],
  };
  return runStep(ctx, input.cycleId, 'signOffSelfAssessment', ctx.access.actor, {
    unitId: input.unitId,
    sheet: {
      criteria: sheet.criteria.map((c) => ({
        criterionId: c.criterionId,
        selfScore: c.selfScore,
        selfNote: c.selfNote,
      })),
      bonuses: (sheet.bonuses ?? []).map((b) => ({ itemId: b.itemId, selfPoints: b.selfPoints })),
      penalties: (sheet.penalties ?? []).map((p) => ({ itemId: p.itemId, selfCount: p.selfCount })),
    },
  });
}

export function submit(ctx: ServiceContext, input: { cycleId: string; unitId: string }) {
  return runStep(ctx, input.cycleId, 'submitSelfAssessment', ctx.access.actor, { unitId: input.unitId });
}
