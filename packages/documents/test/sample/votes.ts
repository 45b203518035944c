// Ballots, vote-count minutes and conference minutes from the domain's tallies of the 2022 conference.
import { type AwardKind, buildCandidateList, leadershipOf, nameAt, unitById } from '@thidua/domain';
import { pad2 } from '../../src/format/text';
import { tallyCounts } from '../../src/records/tally-minutes';
import type { BallotInput, ConferenceMinutesInput, TallyMinutesInput } from '../../src/types';
import {
  award,
  awardVote,
  BLOC,
  BLOC_FULL,
  basisOf,
  conference,
  data,
  docNumber,
  ON,
  outcome,
  PLACE,
  proposedIds,
  ruleSet,
  unitRef,
  YEAR,
} from './context';
import { COUNTING_BOARD, chairOf, secretaryOf } from './people';

const CONFERENCE_TITLE = `Hội nghị tổng kết công tác thi đua, khen thưởng năm ${YEAR} ${BLOC_FULL}`;
export const MINUTES_NUMBER = docNumber(1, 'BB');
/** One vote-count minutes per ballot pile: the flag first, then the certificates. */
export const TALLY_NUMBERS: Record<AwardKind, string> = {
  provincialFlag: docNumber(2, 'BB'),
  certificateOfMerit: docNumber(3, 'BB'),
};
const TALLY_TIMES: Record<AwardKind, [string, string]> = {
  provincialFlag: ['15:30', '15:45'],
  certificateOfMerit: ['15:50', '16:05'],
};

const nameOf = (id: string) => nameAt(unitById(data.units, id).names, ON);

/** The printed list: every member in ranking order, units the domain excludes marked with its reasons. */
function ballot(kind: AwardKind, exclude: readonly string[] = []): BallotInput {
  const list = buildCandidateList({
    award: kind,
    ranking: outcome.ranking,
    statuses: data.cycle2022.unitStatuses,
    ruleSet,
    nameOf,
    exclude,
  });
  const reasons = new Map(list.excluded.map((e) => [e.unitId, e.reasons.map((r) => r.label).join('; ')]));
  return {
    issuer: BLOC,
    year: YEAR,
    round: outcome.tallies[kind].roundNumber,
    conference: CONFERENCE_TITLE,
    awards: [award(kind, ruleSet.votes[kind].maxChoices)],
    candidates: outcome.ranking.map((r) => {
      const reason = reasons.get(r.unitId);
      return { unit: unitRef(r.unitId), ...(reason ? { ineligible: [{ kind, reason }] } : {}) };
    }),
  };
}

export const BALLOTS: BallotInput[] = [
  ballot('provincialFlag'),
  // One achievement, one form: the unit proposed for the flag is off the certificate list.
  ballot('certificateOfMerit', proposedIds('provincialFlag')),
];

function tallyMinutes(kind: AwardKind): TallyMinutesInput {
  const t = outcome.tallies[kind];
  const [startTime, endTime] = TALLY_TIMES[kind];
  return {
    issuer: BLOC,
    meta: { number: TALLY_NUMBERS[kind], date: conference.date, place: PLACE },
    round: t.roundNumber,
    conference: CONFERENCE_TITLE,
    venue: conference.venue,
    startTime,
    endTime,
    board: COUNTING_BOARD,
    ...tallyCounts(t),
    basis: basisOf(t),
    results: [awardVote(kind)],
    conclusion: [t.conclusion],
  };
}

export const TALLIES: TallyMinutesInput[] = [
  tallyMinutes('provincialFlag'),
  tallyMinutes('certificateOfMerit'),
];

const electedWith = (kind: 'blocHead' | 'blocDeputy'): string => {
  const t = outcome.tallies[kind];
  const c = t.candidates.find((x) => x.result === 'elected');
  return c
    ? `${pad2(c.votes)}/${pad2(t.denominator.value)} phiếu, đạt ${c.percentText}`
    : 'không có đơn vị trúng cử';
};

const lead2022 = leadershipOf(data.leaderships, data.bloc.id, YEAR);
if (!lead2022) throw new Error('demo: no 2022 leadership');

export const CONFERENCE_MINUTES: ConferenceMinutesInput = {
  issuer: BLOC,
  meta: { number: MINUTES_NUMBER, date: conference.date, place: PLACE },
  subject: `Hội nghị tổng kết công tác thi đua, khen thưởng năm ${YEAR}, triển khai phương hướng, nhiệm vụ năm ${YEAR + 1}`,
  startTime: conference.startTime,
  endTime: '17:00',
  venue: conference.venue,
  attendees: [
    'Đại diện lãnh đạo Ban Thi đua - Khen thưởng, Sở Nội vụ',
    `Lãnh đạo và cán bộ làm công tác thi đua, khen thưởng của ${pad2(conference.presentUnitIds.length)}/${pad2(data.memberIds.length)} đơn vị thành viên ${BLOC.name}`,
  ],
  chair: chairOf(conference.chairUnitId, YEAR),
  secretary: secretaryOf(conference.secretaryUnitId),
  proceedings: [
    {
      heading: `1. Đánh giá kết quả công tác thi đua, khen thưởng năm ${YEAR}`,
      paragraphs: [
        `Đồng chí Trưởng khối trình bày Báo cáo tổng kết công tác thi đua, khen thưởng năm ${YEAR} và phương hướng, nhiệm vụ năm ${YEAR + 1} của Khối. Năm ${YEAR}, lãnh đạo các cơ quan, đơn vị trong Khối đã hoàn thành và hoàn thành vượt kế hoạch, chỉ tiêu thi đua đề ra.`,
        'Các đại biểu tập trung đánh giá kết quả đạt được, phân tích những tồn tại, hạn chế và thống nhất đề ra một số nhiệm vụ trọng tâm năm tiếp theo.',
      ],
    },
    {
      heading: '2. Công bố kết quả chấm điểm và bình xét, suy tôn',
      paragraphs: [
        `Hội nghị nghe công bố Bảng tổng hợp điểm thi đua năm ${YEAR} và thống nhất kết quả xếp hạng. Hội nghị bầu Ban kiểm phiếu gồm ${pad2(COUNTING_BOARD.length)} thành viên và tiến hành bỏ phiếu kín bình xét, suy tôn đơn vị đề nghị tặng Cờ thi đua của UBND tỉnh và Bằng khen của Chủ tịch UBND tỉnh.`,
      ],
    },
    {
      heading: `3. Bầu đơn vị Trưởng khối, Phó Trưởng khối năm ${YEAR + 1} và phát động thi đua`,
      paragraphs: [
        `Hội nghị bỏ phiếu kín bầu đơn vị Trưởng khối, Phó Trưởng khối năm ${YEAR + 1} và phát động phong trào thi đua năm ${YEAR + 1}.`,
      ],
    },
  ],
  vote: {
    basis: basisOf(outcome.tallies.provincialFlag),
    results: [awardVote('provincialFlag'), awardVote('certificateOfMerit')],
    tallyNumbers: [TALLY_NUMBERS.provincialFlag, TALLY_NUMBERS.certificateOfMerit],
  },
  election: {
    year: YEAR + 1,
    head: unitRef(outcome.leadership2023.headUnitId),
    deputy: { unit: unitRef(outcome.leadership2023.deputyUnitId), result: electedWith('blocDeputy') },
    headResult: electedWith('blocHead'),
  },
  recipients: ['Ban Thi đua - Khen thưởng, Sở Nội vụ', 'Các đơn vị trong Khối', 'Lưu: VT, Hồ sơ'],
};

/** The 2022 head unit, who chairs the conference and signs for the bloc until the handover. */
export const HEAD_2022 = lead2022.headUnitId;
