/**
 * Withdrawal (rút khỏi danh sách bình xét): before an award's vote opens, a unit's head withdraws the
 * unit from its candidates by a letter (number, date) with a reason. The unit is left off that ballot,
 * which lists it with the reason; the audit, the vote-count minutes and the conference minutes record it.
 */
import { isIsoDate, vietnamDate, voteKindLabels } from '@thidua/domain';
import { attachedFile, requireText, unitOf } from './authz';
import { awardCandidateList, isAward } from './conference-rules';
import type { CycleContext } from './context';
import { refuse } from './errors';
import type { WithdrawCandidacyArgs } from './messages';
import { notice, toBloc } from './notify';

export function registerWithdrawalStep(ctx: CycleContext): void {
  const s = ctx.state;

  const check = (a: WithdrawCandidacyArgs) => {
    const unit = unitOf(s, a.unitId);
    if (!isAward(a.voteKind)) {
      refuse('INVALID_INPUT', 'Chỉ rút khỏi danh sách bình xét Cờ thi đua hoặc Bằng khen.');
    }
    const award = voteKindLabels[a.voteKind];
    const reason = requireText(a.reason, 'lý do xin rút');
    const letterNumber = requireText(a.letterNumber, 'số công văn xin rút');
    if (!isIsoDate(a.letterDate) || a.letterDate > vietnamDate(ctx.instantOf(a))) {
      refuse(
        'INVALID_INPUT',
        'Ngày công văn xin rút không hợp lệ (định dạng YYYY-MM-DD, không sau hôm nay).',
      );
    }
    if (s.votes[a.voteKind].roundIds.length > 0) {
      refuse('VOTE_ALREADY_OPENED', `Đã mở bỏ phiếu ${award}: ${unit.name} không rút được nữa.`);
    }
    if (s.withdrawals.some((w) => w.unitId === unit.id && w.voteKind === a.voteKind)) {
      refuse('ALREADY_WITHDRAWN', `${unit.name} đã rút khỏi danh sách bình xét ${award}.`);
    }
    if (!awardCandidateList(s, a.voteKind).candidates.some((c) => c.unitId === unit.id)) {
      refuse('UNIT_INELIGIBLE', `${unit.name} không có trong danh sách bình xét ${award} để rút.`);
    }
    attachedFile(a.letter);
    return { unit, reason, letterNumber };
  };

  ctx.step('withdrawCandidacy', {
    unitOf: (a: WithdrawCandidacyArgs) => a.unitId,
    validate: (a) => {
      check(a);
    },
    apply: async (a) => {
      const unit = unitOf(s, a.unitId);
      const letter = attachedFile(a.letter);
      const withdrawal = {
        unitId: unit.id,
        voteKind: a.voteKind,
        reason: requireText(a.reason, 'lý do xin rút'),
        letterNumber: requireText(a.letterNumber, 'số công văn xin rút'),
        letterDate: a.letterDate,
        ...(letter ? { letter } : {}),
      };
      s.withdrawals.push({ ...withdrawal, at: ctx.nowIso(), by: a.actor.userId });
      ctx.bump();
      await ctx.recordUpdate('withdrawCandidacy', a, {
        audit: { action: 'candidacy.withdraw', entity: 'unit', entityId: unit.id, after: withdrawal },
        effects: [{ kind: 'candidacyWithdrawn', userId: a.actor.userId, ...withdrawal }],
        notifications: [notice(s, toBloc(s), 'candidacy.withdrawn', a.updateId, withdrawal)],
      });
      return ctx.ack();
    },
  });
}
