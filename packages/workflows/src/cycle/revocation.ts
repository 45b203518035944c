/**
 * Đề nghị hủy/thu hồi khen thưởng: after the UBND decision, a case found against a unit it awarded
 * (recorded as any case) grounds the bloc's proposal that the award be revoked. The secretariat or the
 * bloc head names the award, the case and the reason; the history records it and its Tờ trình is
 * issued at once (step-records.ts).
 */
import { patched } from '@temporalio/workflow';
import { voteKindLabels } from '@thidua/domain';
import { requireText, unitOf } from './authz';
import type { CycleContext } from './context';
import { refuse } from './errors';
import type { ProposeRevocationArgs } from './messages';
import { notice, toBloc, toProvince } from './notify';
import { issueRevocationProposal } from './step-records';

export function registerRevocationStep(ctx: CycleContext): void {
  const s = ctx.state;

  const check = (a: ProposeRevocationArgs) => {
    const unit = unitOf(s, a.unitId);
    const decision = s.decision;
    if (!decision) refuse('WRONG_PHASE', 'Chưa có quyết định khen thưởng của UBND tỉnh.');
    const label = voteKindLabels[a.award] ?? a.award;
    if (!decision.awards.some((x) => x.unitId === unit.id && x.award === a.award)) {
      refuse(
        'AWARD_NOT_DECIDED',
        `${unit.name} không được tặng ${label} theo Quyết định số ${decision.number}: không có khen thưởng để đề nghị hủy/thu hồi.`,
      );
    }
    if (s.revocations.some((r) => r.unitId === unit.id && r.award === a.award)) {
      refuse('REVOCATION_ALREADY_PROPOSED', `Đã đề nghị hủy/thu hồi ${label} của ${unit.name}.`);
    }
    const found = s.eligibilityCases.find((c) => c.caseId === a.caseId && c.unitId === unit.id);
    if (!found) {
      refuse(
        'ELIGIBILITY_CASE_NOT_FOUND',
        `Không tìm thấy vụ việc của ${unit.name} làm căn cứ: ghi nhận vụ việc trước, rồi đề nghị hủy/thu hồi.`,
        { caseId: a.caseId },
      );
    }
    if (found.cleared) {
      refuse(
        'ELIGIBILITY_CASE_CLEARED',
        `Vụ việc của ${unit.name} đã kết thúc ngày ${found.cleared.on}: không còn là căn cứ đề nghị hủy/thu hồi.`,
      );
    }
    if (!found.blocks.includes(a.award)) {
      refuse(
        'INVALID_INPUT',
        `Theo bộ quy định năm ${s.input.year}, vụ việc này không ảnh hưởng đến ${label}: không là căn cứ đề nghị hủy/thu hồi.`,
      );
    }
    return {
      unit,
      record: {
        unitId: unit.id,
        award: a.award,
        caseId: found.caseId,
        reason: requireText(a.reason, 'lý do đề nghị hủy/thu hồi'),
        case: { code: found.code, reason: found.reason, documentRef: found.documentRef },
      },
    };
  };

  ctx.step('proposeRevocation', {
    unitOf: (a: ProposeRevocationArgs) => a.unitId,
    validate: (a) => {
      check(a);
    },
    apply: async (a) => {
      const { unit, record } = check(a);
      s.revocations.push({ ...record, at: ctx.nowIso(), by: a.actor.userId });
      ctx.bump();
      const { case: _case, ...proposal } = record;
      await ctx.recordUpdate('proposeRevocation', a, {
        audit: {
          action: 'award.proposeRevocation',
          entity: 'unit',
          entityId: unit.id,
          after: { ...proposal, title: voteKindLabels[a.award] },
        },
        effects: [{ kind: 'revocationProposed', userId: a.actor.userId, ...record }],
        notifications: [
          notice(s, toBloc(s), 'award.revocationProposed', a.updateId, proposal),
          notice(s, toProvince(s, 'secretariat'), 'award.revocationProposed', a.updateId, proposal),
        ],
      });
      if (patched('revocation-proposal-at-proposeRevocation')) {
        await ctx.issueRecords(() => issueRevocationProposal(ctx, record));
      }
      return ctx.ack();
    },
  });
}
