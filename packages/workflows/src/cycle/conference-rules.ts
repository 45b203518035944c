/** Who may stand and who may vote: rules, quorum and candidate lists of the conference's rounds. */

import type { CaseExclusion, ExcludedCandidate } from '@thidua/activities/contract';
import {
  type AwardKind,
  assertQuorum,
  type Ballot,
  buildCandidateList,
  type Candidate,
  type CandidateList,
  type EligibilityBlockCode,
  eligibilityCaseText,
  quotaFor,
  type UnitStatus,
  type VoteKind,
  type VoteRule,
  voteKindLabels,
  withdrawalText,
} from '@thidua/domain';
import { unitOf } from './authz';
import { refuse } from './errors';
import { computeRanking } from './review';
import type { CycleState, RoundState } from './types';

export const isAward = (kind: VoteKind): kind is AwardKind =>
  kind === 'provincialFlag' || kind === 'certificateOfMerit';

export function ruleOf(state: CycleState, kind: VoteKind): VoteRule {
  if (!state.ruleSet) refuse('PLAN_NOT_ADOPTED');
  return state.ruleSet.votes[kind];
}

export function roundOf(state: CycleState, roundId: unknown): RoundState {
  const round = state.rounds.find((r) => r.id === roundId);
  if (!round) refuse('ROUND_NOT_OPEN', undefined, { roundId });
  return round;
}

function blanks(count: number): Ballot[] {
  return Array.from({ length: count }, (): Ballot => ({ kind: 'blank' }));
}

export function checkQuorum(state: CycleState, kind: VoteKind): void {
  const att = state.attendance;
  if (!att) refuse('QUORUM_NOT_MET', 'Chưa ghi nhận thành phần tham dự Hội nghị.');
  assertQuorum({
    rule: ruleOf(state, kind),
    members: state.units.length,
    present: att.present.length,
    writtenOpinions: blanks(att.writtenOpinion.length),
  });
}

/** The other leadership vote's winner, or the other award's winners when one award per unit applies. */
function excludedFor(state: CycleState, kind: VoteKind): string[] {
  const other: Record<VoteKind, VoteKind> = {
    provincialFlag: 'certificateOfMerit',
    certificateOfMerit: 'provincialFlag',
    blocHead: 'blocDeputy',
    blocDeputy: 'blocHead',
  };
  if (isAward(kind) && !state.ruleSet?.oneAwardPerUnit.enabled) return [];
  return state.votes[other[kind]].elected;
}

/**
 * What the candidate lists and the proposal check know of a unit: the flags it started the year
 * with and the cases recorded against it that are still open.
 */
export function unitStatusOf(state: CycleState, unitId: string): UnitStatus {
  const unit = unitOf(state, unitId);
  return {
    unitId,
    flags: unit.flags as EligibilityBlockCode[],
    cases: state.eligibilityCases.filter((c) => c.unitId === unitId && !c.cleared),
  };
}

/**
 * An award's list: the ranked units the candidacy rules let stand (units without a report follow
 * when the rules allow), less the units withdrawn from it by their head's letter.
 */
export function awardCandidateList(state: CycleState, kind: AwardKind): CandidateList {
  if (!state.ruleSet) refuse('PLAN_NOT_ADOPTED');
  const list = buildCandidateList({
    award: kind,
    ranking: computeRanking(state),
    statuses: state.units.map((u) => unitStatusOf(state, u.id)),
    ruleSet: state.ruleSet,
    nameOf: (id) => unitOf(state, id).name,
    exclude: excludedFor(state, kind),
    notSubmitted: state.notSubmitted,
    disqualifiersOf: (id) =>
      (unitOf(state, id).sa.sheet?.disqualifierIds ?? []).map(
        (d) => state.template?.disqualifiers.find((x) => x.id === d)?.title ?? d,
      ),
  });
  const withdrawn = state.withdrawals.filter((w) => w.voteKind === kind);
  if (withdrawn.length === 0) return list;
  const source = state.ruleSet.candidacy[kind].source;
  const withdrawalOf = (unitId: string) => {
    const w = withdrawn.find((x) => x.unitId === unitId);
    return w ? [{ code: 'disqualified' as const, label: `Đơn vị ${withdrawalText(w)}`, source }] : [];
  };
  // One entry per unit: a withdrawn unit already left off for another reason gets both.
  const excluded = list.excluded.map((x) => ({ ...x, reasons: [...x.reasons, ...withdrawalOf(x.unitId)] }));
  return {
    candidates: list.candidates.filter((c) => !withdrawn.some((w) => w.unitId === c.unitId)),
    excluded: [
      ...excluded,
      ...withdrawn
        .filter((w) => !list.excluded.some((x) => x.unitId === w.unitId))
        .map((w) => ({ unitId: w.unitId, reasons: withdrawalOf(w.unitId) })),
    ],
  };
}

/**
 * The seats of a vote: as the chair asks, else the rule's. An award's seats never exceed the year's
 * quota: more is refused with the quota, never cut down.
 */
export function seatsFor(state: CycleState, kind: VoteKind, requested: unknown): number {
  const rule = ruleOf(state, kind);
  if (requested !== undefined && (!Number.isInteger(requested) || (requested as number) < 1)) {
    refuse('INVALID_INPUT', 'Số suất bỏ phiếu phải là số nguyên dương.');
  }
  const seats = (requested as number | undefined) ?? rule.seats;
  if (isAward(kind) && state.ruleSet) {
    const quota = quotaFor(state.ruleSet.quotas[kind], state.units.length);
    if (seats > quota) {
      refuse(
        'QUOTA_EXCEEDED',
        `Không mở được vòng bỏ phiếu ${voteKindLabels[kind]} với ${seats} suất: chỉ tiêu năm ${state.input.year} của Khối (${state.units.length} đơn vị thành viên) là tối đa ${quota} đơn vị (${state.ruleSet.quotas[kind].source.text}). Nhập số suất không quá ${quota} khi mở vòng bỏ phiếu.`,
        { voteKind: kind, seats, quota, source: state.ruleSet.quotas[kind].source },
      );
    }
  }
  if (seats > rule.seats) {
    refuse(
      'INVALID_INPUT',
      `Quy định năm ${state.input.year} chỉ cho bầu tối đa ${rule.seats} suất ${voteKindLabels[kind]}.`,
      { voteKind: kind, seats, ruleSeats: rule.seats },
    );
  }
  return seats;
}

/** The chair named units the award's list leaves off: the refusal names each and why. */
function refuseIneligible(state: CycleState, kind: AwardKind, list: CandidateList, unitIds: string[]): never {
  const lines = unitIds.map((id) => {
    const reasons = list.excluded.find((x) => x.unitId === id)?.reasons.map((r) => r.label) ?? [];
    const why = reasons.length > 0 ? reasons.join('; ') : 'không có trong bảng xếp hạng của Khối';
    return `${unitOf(state, id).name} (${why})`;
  });
  refuse(
    'UNIT_INELIGIBLE',
    `Không đưa vào danh sách bình xét ${voteKindLabels[kind]}: ${lines.join('; ')}.`,
    {
      unitIds,
      reasons: unitIds.map((id) => ({
        unitId: id,
        reasons: list.excluded.find((x) => x.unitId === id)?.reasons.map((r) => r.label) ?? [],
      })),
    },
  );
}

/** Candidates of a first round: ranked eligible units for awards, members (or nominees) for leaders. */
export function candidatesFor(state: CycleState, kind: VoteKind, requested?: string[]): Candidate[] {
  const exclude = excludedFor(state, kind);
  const nameOf = (id: string) => unitOf(state, id).name;
  if (
    requested !== undefined &&
    (!Array.isArray(requested) || new Set(requested).size !== requested.length)
  ) {
    refuse('INVALID_INPUT', 'Danh sách đề cử không hợp lệ.');
  }
  let candidates: Candidate[];
  if (isAward(kind)) {
    const list = awardCandidateList(state, kind);
    candidates = list.candidates;
    if (requested) {
      const bad = requested.filter((id) => !candidates.some((c) => c.unitId === id));
      if (bad.length > 0) refuseIneligible(state, kind, list, bad);
      candidates = candidates.filter((c) => requested.includes(c.unitId));
    }
  } else {
    const ids = requested ?? state.units.map((u) => u.id);
    for (const id of ids) unitOf(state, id);
    candidates = ids
      .filter((id) => !exclude.includes(id))
      .map((id) => ({ unitId: id, name: nameOf(id), eligible: true }));
  }
  if (candidates.length === 0) refuse('INVALID_INPUT', 'Không có đơn vị nào đủ điều kiện để bỏ phiếu.');
  return candidates;
}

/**
 * Units the ballot lists as not standing, with why: for an award, the ranked units the candidacy rule
 * leaves out; for an office, the unit already elected to the other one. A runoff lists only the tied.
 */
export function excludedFromBallot(s: CycleState, round: RoundState): ExcludedCandidate[] {
  if (round.number > 1) return [];
  const listed = new Set(round.candidates.map((c) => c.unitId));
  if (!isAward(round.kind)) {
    const other = round.kind === 'blocHead' ? 'blocDeputy' : 'blocHead';
    return s.votes[other].elected
      .filter((id) => !listed.has(id))
      .map((unitId) => ({
        unitId,
        reasons: [`Đã trúng cử đơn vị ${voteKindLabels[other]} năm ${s.input.year + 1}`],
      }));
  }
  if (!s.ruleSet) return [];
  return awardCandidateList(s, round.kind)
    .excluded.filter((x) => !listed.has(x.unitId))
    .map((x) => ({ unitId: x.unitId, reasons: x.reasons.map((r) => r.label) }));
}

/**
 * The units an award's ballot left off because of a case open when its first round opened, each with
 * the case as the ballot printed it (the conference minutes list them, as they list withdrawals).
 */
export function casesOffBallots(s: CycleState): CaseExclusion[] {
  const ruleSet = s.ruleSet;
  if (!ruleSet) return [];
  return s.rounds
    .filter((r) => r.number === 1 && isAward(r.kind))
    .flatMap((round) => {
      const kind = round.kind as AwardKind;
      const listed = new Set(round.candidates.map((c) => c.unitId));
      const openThen = s.eligibilityCases.filter(
        (c) =>
          c.blocks.includes(kind) &&
          !listed.has(c.unitId) &&
          c.recordedAt <= round.openedAt &&
          (!c.cleared || c.cleared.at > round.openedAt),
      );
      const unitIds = [...new Set(openThen.map((c) => c.unitId))];
      return unitIds.map((unitId) => ({
        unitId,
        voteKind: kind,
        reasons: openThen
          .filter((c) => c.unitId === unitId)
          .map((c) => {
            const block = ruleSet.eligibilityBlocks.find((b) => b.code === c.code);
            if (!block)
              refuse('RULESET_INVALID', `Bộ quy định năm ${s.input.year} không có loại vụ việc "${c.code}".`);
            return eligibilityCaseText(block, c);
          }),
      }));
    });
}
