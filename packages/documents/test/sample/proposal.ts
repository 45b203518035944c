// Tờ trình, the attached list and the Chairman's draft decision, from the domain's proposals,
// citations by date, reward coefficients and base salary.
import {
  type AwardKind,
  baseSalaryAt,
  type CitingIssuer,
  citationsFor,
  formatDateShort,
  rewardAmount,
} from '@thidua/domain';
import { decimalText } from '../../src/format/money';
import type { DecisionInput, NominationListInput, Proposal, ProposalInput } from '../../src/types';
import {
  award,
  awardVote,
  BLOC,
  BLOC_FULL,
  BLOC_SHORT,
  basisOf,
  conference,
  cycle,
  docNumber,
  outcome,
  PLACE,
  proposedIds,
  rankOf,
  ruleSet,
  unitRef,
  YEAR,
} from './context';
import { blocHeadSigner, DECISION_SIGNER } from './people';
import { REPORT_NUMBER, SCORES_NUMBER } from './reports';
import { HEAD_2022, MINUTES_NUMBER, TALLY_NUMBERS } from './votes';

const PROPOSAL_NUMBER = docNumber(1, 'TTr');
export const PROPOSAL_DATE = '2023-01-05';
/** The draft decision is expected by the dossier deadline: its citations and base salary are those in force then. */
const DECISION_DATE = cycle.calendar.dossierDue;
const KINDS: AwardKind[] = ['provincialFlag', 'certificateOfMerit'];

const PROPOSALS: Proposal[] = KINDS.map((kind) => ({
  award: award(kind),
  units: proposedIds(kind).map(unitRef),
}));

const basesOn = (date: string, issuer: CitingIssuer = 'bloc') =>
  citationsFor(ruleSet, date, issuer).map((c) => `Căn cứ ${c.text}`);

export const PROPOSAL: ProposalInput = {
  issuer: BLOC,
  meta: { number: PROPOSAL_NUMBER, date: PROPOSAL_DATE, place: PLACE },
  subject: `Về việc đề nghị tặng Cờ thi đua của UBND tỉnh và Bằng khen của Chủ tịch UBND tỉnh năm ${YEAR}`,
  addressee: { to: `Chủ tịch Ủy ban nhân dân tỉnh ${PLACE}`, via: 'Ban Thi đua - Khen thưởng, Sở Nội vụ' },
  legalBases: [
    ...basesOn(PROPOSAL_DATE),
    `Căn cứ Biên bản ${CONFERENCE_SHORT()} số ${MINUTES_NUMBER} ngày ${formatDateShort(conference.date)}`,
  ],
  summary: [
    `Năm ${YEAR}, các cơ quan, đơn vị trong ${BLOC_SHORT} đã hoàn thành và hoàn thành vượt kế hoạch, chỉ tiêu thi đua đề ra, góp phần giữ vững an ninh chính trị, trật tự an toàn xã hội tại địa phương.`,
  ],
  vote: {
    conference: `Hội nghị tổng kết công tác thi đua, khen thưởng năm ${YEAR} ngày ${formatDateShort(conference.date)}`,
    basis: basisOf(outcome.tallies.provincialFlag),
    results: KINDS.map((k) => awardVote(k, true)),
  },
  proposals: PROPOSALS,
  attachments: [
    'Danh sách tập thể đề nghị khen thưởng',
    `Biên bản Hội nghị tổng kết số ${MINUTES_NUMBER} và Biên bản kiểm phiếu số ${TALLY_NUMBERS.provincialFlag}, ${TALLY_NUMBERS.certificateOfMerit} ngày ${formatDateShort(conference.date)}`,
    `Báo cáo tổng kết số ${REPORT_NUMBER} và Báo cáo kết quả chấm điểm số ${SCORES_NUMBER}`,
    `Báo cáo thành tích của ${PROPOSALS.flatMap((p) => p.units.map((u) => u.name)).join(', ')}`,
  ],
  signer: blocHeadSigner(HEAD_2022),
  recipients: ['Như trên', 'Các đơn vị trong Khối', 'Lưu: VT, KTĐNC'],
};

function CONFERENCE_SHORT(): string {
  return `Hội nghị tổng kết công tác thi đua, khen thưởng năm ${YEAR} của ${BLOC_SHORT}`;
}

const SUMMARY: Readonly<Record<string, string>> = {
  'u-ttt':
    'Hoàn thành xuất sắc nhiệm vụ thanh tra, tiếp công dân, giải quyết khiếu nại, tố cáo và phòng, chống tham nhũng',
  'u-bchqs': 'Hoàn thành xuất sắc nhiệm vụ quốc phòng, quân sự địa phương',
  'u-stp': 'Hoàn thành xuất sắc nhiệm vụ công tác tư pháp',
};

export const NOMINATION_LIST: NominationListInput = {
  issuer: BLOC,
  year: YEAR,
  attachedTo: { number: PROPOSAL_NUMBER, date: PROPOSAL_DATE, issuerName: BLOC_SHORT },
  basis: basisOf(outcome.tallies.provincialFlag),
  rows: KINDS.flatMap((kind) =>
    proposedIds(kind).map((id) => {
      const r = rankOf(id);
      return {
        unit: unitRef(id),
        award: award(kind),
        summary: `${SUMMARY[id] ?? 'Hoàn thành xuất sắc nhiệm vụ'} năm ${YEAR}; ${decimalText(r.total)} điểm, xếp thứ ${r.position} của Khối.`,
        votes: outcome.tallies[kind].candidates.find((c) => c.unitId === id)?.votes ?? 0,
      };
    }),
  ),
  signer: blocHeadSigner(HEAD_2022),
};

const REASON = `đã có thành tích xuất sắc trong phong trào thi đua của ${BLOC_SHORT} năm ${YEAR}`;
const salary = baseSalaryAt(ruleSet, DECISION_DATE);

export const DECISION: DecisionInput = {
  issuer: { name: `Ủy ban nhân dân\ntỉnh ${PLACE}` },
  symbol: 'QĐ-UBND',
  year: Number(DECISION_DATE.slice(0, 4)),
  place: PLACE,
  subject: 'Về việc tặng Cờ thi đua của UBND tỉnh và Bằng khen của Chủ tịch UBND tỉnh',
  authority: `Chủ tịch Ủy ban nhân dân tỉnh ${PLACE}`,
  authorityShort: `Chủ tịch UBND tỉnh ${PLACE}`,
  legalBases: basesOn(DECISION_DATE, 'province'),
  proposer: ruleSet.decision.proposer,
  awards: KINDS.map((kind) => ({
    award: award(kind),
    coefficient: ruleSet.rewards.coefficients[kind].value,
    amount: rewardAmount(kind, DECISION_DATE, ruleSet),
    units: proposedIds(kind).map(unitRef),
    reason: kind === 'provincialFlag' ? `${REASON}, là đơn vị dẫn đầu Khối` : REASON,
  })),
  baseSalary: { amount: salary.amount, source: salary.source.citation },
  fundingSource: 'Quỹ thi đua, khen thưởng của tỉnh',
  executors: ruleSet.decision.executors,
  proposal: { issuerName: BLOC_SHORT, number: PROPOSAL_NUMBER, date: PROPOSAL_DATE, proposals: PROPOSALS },
  signer: DECISION_SIGNER,
  recipients: [
    'Như Điều 3',
    'Chủ tịch, các PCT UBND tỉnh',
    'Ban Thi đua - Khen thưởng (Sở Nội vụ)',
    'Lưu: VT, NC',
  ],
};

export const DOSSIER_TITLE = `Hồ sơ đề nghị khen thưởng ${BLOC_FULL} năm ${YEAR}`;
