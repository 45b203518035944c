import type { IsoDate } from '../dates';
import { formatDateShort } from '../format/date-line';
import { formatPercent } from '../format/numbers';
import type { Comparator, DenominatorKind, VoteKind } from '../rules/schema';
import type { CandidateResult, TallyOutcome } from './types';

export function denominatorLabel(kind: DenominatorKind, withWrittenOpinions = false): string {
  switch (kind) {
    case 'allMembers':
      return 'trên tổng số đơn vị thành viên';
    case 'present':
      return withWrittenOpinions
        ? 'trên tổng số đơn vị thành viên có mặt và có ý kiến bằng văn bản'
        : 'trên tổng số đơn vị thành viên có mặt';
    case 'ballotsReceived':
      return 'trên tổng số phiếu thu về';
    case 'validBallots':
      return 'trên tổng số phiếu hợp lệ';
  }
}

/** "trên 50 %" or "từ 70 % trở lên". */
export function thresholdText(percent: number, comparator: Comparator): string {
  const p = formatPercent(percent, { trim: true });
  return comparator === '>' ? `trên ${p}` : `từ ${p} trở lên`;
}

export function resultLabel(kind: VoteKind, result: CandidateResult, outcome: TallyOutcome): string {
  const leader = kind === 'blocHead' || kind === 'blocDeputy';
  switch (result) {
    case 'elected':
      return leader ? 'Trúng cử' : 'Được đề nghị';
    case 'tied':
      return outcome.kind === 'chairDecides'
        ? 'Bằng phiếu - chủ trì quyết định'
        : 'Bằng phiếu - bỏ phiếu lại';
    case 'passedNoSeat':
      return 'Đạt tỷ lệ nhưng không đủ suất';
    case 'notPassed':
      return 'Không đạt tỷ lệ';
  }
}

const joinNames = (names: readonly string[]): string =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} và ${names.at(-1)}`;

/**
 * "Thống nhất" only when every valid ballot chose each elected unit; otherwise each unit is named
 * with its figures on the rule's denominator ("với 7/9 phiếu (77,78 %)").
 */
function electedSentence(f: ConclusionFacts, ids: readonly string[]): string {
  const unanimous = f.validBallots > 0 && ids.every((id) => f.figuresOf(id).votes === f.validBallots);
  const list = joinNames(
    ids.map((id) => {
      if (unanimous) return f.nameOf(id);
      const { votes, percentText } = f.figuresOf(id);
      return `${f.nameOf(id)} với ${votes}/${f.denominatorValue} phiếu (${percentText})`;
    }),
  );
  const agreed = unanimous ? ' thống nhất' : '';
  switch (f.kind) {
    case 'provincialFlag':
      return `Hội nghị${agreed} suy tôn ${list} đề nghị UBND tỉnh tặng Cờ thi đua của UBND tỉnh.`;
    case 'certificateOfMerit':
      return `Hội nghị${agreed} đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho ${list}.`;
    case 'blocHead':
      return `${list} trúng cử đơn vị Trưởng Khối.`;
    case 'blocDeputy':
      return `${list} trúng cử đơn vị Phó Khối.`;
  }
}

const noProposalWhat: Record<VoteKind, string> = {
  provincialFlag: 'đề nghị tặng Cờ thi đua',
  certificateOfMerit: 'đề nghị tặng Bằng khen',
  blocHead: 'bầu Trưởng Khối',
  blocDeputy: 'bầu Phó Khối',
};

export interface ConclusionFacts {
  kind: VoteKind;
  outcome: TallyOutcome;
  nameOf: (unitId: string) => string;
  thresholdText: string;
  denominatorLabel: string;
  participating: number;
  members: number;
  quorumRequired: number;
  tiedVotes: number;
  validBallots: number;
  /** The rule's denominator, as the percentages are computed on it. */
  denominatorValue: number;
  figuresOf: (unitId: string) => { votes: number; percentText: string };
}

export function conclusionText(f: ConclusionFacts): string {
  const o = f.outcome;
  const names = (ids: readonly string[]) => ids.map(f.nameOf);
  const rule = `${f.thresholdText} ${f.denominatorLabel}`;
  switch (o.kind) {
    case 'quorumNotMet':
      return `Số đơn vị tham dự (${f.participating}/${f.members}) chưa đạt tối thiểu ${f.quorumRequired} đơn vị theo quy định; kết quả bỏ phiếu không có giá trị.`;
    case 'noProposal':
      return `Không có đơn vị nào đạt tỷ lệ phiếu ${rule}; không ${noProposalWhat[f.kind]}.`;
    case 'decided': {
      const tail =
        o.noProposalSeats > 0
          ? ` Còn ${o.noProposalSeats} suất không có đơn vị đạt tỷ lệ phiếu ${rule} nên không ${noProposalWhat[f.kind]}.`
          : '';
      return electedSentence(f, o.elected) + tail;
    }
    case 'runoff':
    case 'chairDecides': {
      const head = o.elected.length > 0 ? `${electedSentence(f, o.elected)} ` : '';
      const how =
        o.kind === 'runoff'
          ? `tiến hành bỏ phiếu lại giữa các đơn vị này để chọn ${o.seatsToFill} đơn vị.`
          : `chủ trì Hội nghị quyết định chọn ${o.seatsToFill} đơn vị trong số các đơn vị này.`;
      return `${head}Các đơn vị ${joinNames(names(o.candidates))} bằng phiếu nhau (${f.tiedVotes} phiếu); ${how}`;
    }
  }
}

/** A unit's withdrawal from an award's candidates, as the ballot and the minutes print it after its name. */
export function withdrawalText(w: { letterNumber: string; letterDate: IsoDate; reason: string }): string {
  return `xin rút khỏi danh sách bình xét (Công văn số ${w.letterNumber} ngày ${formatDateShort(w.letterDate)}): ${w.reason.replace(/[.;]+$/, '')}`;
}
