/**
 * Eligibility cases: the secretariat or the bloc head records a case against a unit for the year
 * (an inspection under way, a corruption case being verified, a disciplinary action, other), of a
 * kind the year's rules list, with its reason, the document it rests on and, optionally, that
 * document's file. While it is open the unit's candidacy is blocked as the kind's rule says (both
 * awards, the flag only, or nothing): the candidate lists, the ballots and the refusals name it.
 * Clearing it (the day and what ended it) restores the unit's candidacy.
 */
import { type EligibilityBlock, isIsoDate, vietnamDate, voteKindLabels } from '@thidua/domain';
import { attachedFile, requireText, unitOf } from './authz';
import { isAward } from './conference-rules';
import type { CycleContext } from './context';
import { refuse } from './errors';
import type { ClearEligibilityCaseArgs, RecordEligibilityCaseArgs } from './messages';
import { notice, toBloc } from './notify';
import type { CycleState, EligibilityCaseState } from './types';

/** The year's kind of case named by `code`; refused with the kinds the year's rules list. */
function kindOf(s: CycleState, code: unknown): EligibilityBlock {
  if (!s.ruleSet) refuse('PLAN_NOT_ADOPTED');
  const block = s.ruleSet.eligibilityBlocks.find((b) => b.code === code);
  if (!block) {
    refuse(
      'INVALID_INPUT',
      `Loại vụ việc không có trong bộ quy định năm ${s.input.year}; các loại được quy định: ${s.ruleSet.eligibilityBlocks.map((b) => b.label).join('; ')}.`,
      { code },
    );
  }
  return block;
}

function openCase(s: CycleState, a: ClearEligibilityCaseArgs): EligibilityCaseState {
  const found = s.eligibilityCases.find((c) => c.caseId === a.caseId && c.unitId === a.unitId);
  if (!found) refuse('ELIGIBILITY_CASE_NOT_FOUND', undefined, { caseId: a.caseId });
  if (found.cleared) refuse('ELIGIBILITY_CASE_CLEARED', undefined, { caseId: a.caseId });
  return found;
}

export function registerEligibilityCaseSteps(ctx: CycleContext): void {
  const s = ctx.state;

  const caseOf = (a: RecordEligibilityCaseArgs) => {
    const unit = unitOf(s, a.unitId);
    const kind = kindOf(s, a.code);
    // The ballots of an open round were issued with the unit on them: a case it blocks waits for
    // that round to be counted, then applies to the next rounds and to the proposals.
    const open = s.rounds.find(
      (r) =>
        r.status !== 'closed' &&
        isAward(r.kind) &&
        kind.appliesTo.includes(r.kind) &&
        r.candidates.some((c) => c.unitId === unit.id),
    );
    if (open) {
      refuse(
        'ROUND_ALREADY_OPEN',
        `Đang bỏ phiếu ${voteKindLabels[open.kind]} (vòng ${open.number}) với ${unit.name} trong danh sách: phiếu đã phát không đổi được. Chủ trì kết thúc vòng này, rồi ghi nhận vụ việc; vụ việc áp dụng cho các vòng sau và khi đề nghị khen thưởng.`,
        { roundId: open.id },
      );
    }
    return {
      unit,
      kind,
      record: {
        caseId: `${s.cycleId}:case:${s.eligibilityCases.length + 1}`,
        unitId: unit.id,
        code: kind.code,
        reason: requireText(a.reason, 'lý do (nội dung vụ việc)'),
        documentRef: requireText(a.documentRef, 'văn bản làm căn cứ (số, ngày, cơ quan ban hành)'),
        blocks: [...kind.appliesTo],
        file: attachedFile(a.file),
      },
    };
  };

  ctx.step('recordEligibilityCase', {
    unitOf: (a: RecordEligibilityCaseArgs) => a.unitId,
    validate: (a) => {
      caseOf(a);
    },
    apply: async (a) => {
      const { unit, kind, record } = caseOf(a);
      s.eligibilityCases.push({ ...record, recordedAt: ctx.nowIso(), recordedBy: a.actor.userId });
      ctx.bump();
      await ctx.recordUpdate('recordEligibilityCase', a, {
        audit: {
          action: 'eligibility.record',
          entity: 'unit',
          entityId: unit.id,
          after: { ...record, title: kind.label },
        },
        effects: [{ kind: 'eligibilityCaseRecorded', userId: a.actor.userId, ...record }],
        notifications: [notice(s, toBloc(s), 'eligibility.recorded', a.updateId, { ...record })],
      });
      return { ...ctx.ack(), caseId: record.caseId };
    },
  });

  const clearingOf = (a: ClearEligibilityCaseArgs, now: number) => {
    const c = openCase(s, a);
    if (!isIsoDate(a.clearedOn) || a.clearedOn > vietnamDate(now)) {
      refuse(
        'INVALID_INPUT',
        'Ngày kết thúc vụ việc không hợp lệ (định dạng YYYY-MM-DD, không sau hôm nay).',
      );
    }
    if (a.clearedOn < vietnamDate(Date.parse(c.recordedAt))) {
      refuse('INVALID_INPUT', 'Ngày kết thúc vụ việc không được trước ngày ghi nhận vụ việc.');
    }
    return { c, note: requireText(a.note, 'văn bản kết luận, kết thúc vụ việc') };
  };

  ctx.step('clearEligibilityCase', {
    unitOf: (a: ClearEligibilityCaseArgs) => a.unitId,
    validate: (a) => {
      clearingOf(a, ctx.instantOf(a));
    },
    apply: async (a) => {
      const { c, note } = clearingOf(a, ctx.nowMs());
      c.cleared = { on: a.clearedOn, note, at: ctx.nowIso(), by: a.actor.userId };
      ctx.bump();
      const clearing = { caseId: c.caseId, clearedOn: a.clearedOn, note };
      await ctx.recordUpdate('clearEligibilityCase', a, {
        audit: {
          action: 'eligibility.clear',
          entity: 'unit',
          entityId: c.unitId,
          after: { ...clearing, unitId: c.unitId, title: kindOf(s, c.code).label, reason: note },
        },
        effects: [{ kind: 'eligibilityCaseCleared', userId: a.actor.userId, ...clearing }],
        notifications: [notice(s, toBloc(s), 'eligibility.cleared', a.updateId, { ...clearing })],
      });
      return ctx.ack();
    },
  });
}
