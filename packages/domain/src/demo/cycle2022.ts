import type { Conference, Cycle } from '../cycle';
import type { UnitStatus } from '../rules/eligibility';
import type { ScoreSheet } from '../scoring/sheet';
import type { Ballot } from '../vote/ballot';
import { demoMemberIds } from './org';
import { demoTemplate2022 } from './template';

/**
 * The complete 2022 cycle. Scores and ballots are invented but plausible; running them through
 * the domain functions reproduces the seed article's outcome (see demo/cycle2022.test.ts).
 */
export const demoCycle2022: Cycle = {
  id: 'cy-b-noichinh-2022',
  blocId: 'b-noichinh',
  year: 2022,
  ruleSetId: 'rs-backan-noichinh-2022',
  templateId: demoTemplate2022.id,
  calendar: {
    registrationDue: '2022-03-15',
    pactSigningDate: '2022-03-10',
    midYearReportDue: '2022-06-20',
    selfAssessmentDue: '2022-12-10',
    reviewDue: '2022-12-25',
    conferenceDate: '2023-01-04',
    dossierDue: '2023-01-16',
  },
};

const criterionIds = demoTemplate2022.groups.flatMap((g) => g.criteria.map((c) => c.id));

type Review = Record<string, [score: number, reason: string]>;

/** What a unit wrote against its first criterion (its results of the year, in its own words). */
const firstCriterionNotes: Readonly<Record<string, string>> = {
  'u-ttt':
    'Hoàn thành vượt mức các chỉ tiêu thi đua đã đăng ký trong giao ước của Khối: triển khai đầy đủ kế hoạch thanh tra hành chính và thanh tra chuyên ngành; giải quyết đơn thư khiếu nại, tố cáo thuộc thẩm quyền đúng thời hạn.',
  'u-bchqs':
    'Hoàn thành chỉ tiêu tuyển chọn và gọi công dân nhập ngũ; tổ chức huấn luyện, diễn tập khu vực phòng thủ bảo đảm an toàn tuyệt đối.',
  'u-stp':
    'Thẩm định đầy đủ, đúng thời hạn các dự thảo văn bản quy phạm pháp luật của tỉnh; tuyên truyền, phổ biến, giáo dục pháp luật hướng về cơ sở.',
};

function sheet(
  unitId: string,
  self: readonly number[],
  review: Review = {},
  extra: Partial<ScoreSheet> = {},
): ScoreSheet {
  return {
    unitId,
    criteria: criterionIds.map((criterionId, i) => {
      const r = review[criterionId];
      const note = i === 0 ? firstCriterionNotes[unitId] : undefined;
      return {
        criterionId,
        selfScore: self[i] ?? 0,
        ...(note ? { selfNote: note } : {}),
        ...(r ? { reviewedScore: r[0], reviewReason: r[1] } : {}),
      };
    }),
    ...extra,
  };
}

//                        1.1   1.2  1.3  2.1  2.2  2.3  3.1  3.2  4.1  4.2  5.1  5.2
export const demoScoreSheets2022: ScoreSheet[] = [
  sheet(
    'u-ttt',
    [29.5, 10, 9.5, 5, 5, 5, 8, 7, 6, 6, 5, 3],
    { 'c1.1': [29, 'Một cuộc thanh tra theo kế hoạch kết thúc chậm so với thời hạn đăng ký.'] },
    {
      bonuses: [
        { itemId: 'b1', selfPoints: 2 },
        { itemId: 'b2', selfPoints: 1 },
      ],
    },
  ),
  sheet(
    'u-bchqs',
    [29.5, 10, 9.5, 5, 5, 4.5, 8, 7, 6, 6, 5, 3],
    {},
    { bonuses: [{ itemId: 'b1', selfPoints: 2 }] },
  ),
  sheet(
    'u-stp',
    [29, 10, 10, 5, 5, 5, 8, 7, 6, 5.5, 5, 3],
    { 'c1.1': [28.5, 'Tỷ lệ phiếu lý lịch tư pháp trả đúng hạn chưa đạt 100% như giao ước.'] },
    { bonuses: [{ itemId: 'b2', selfPoints: 2 }] },
  ),
  sheet(
    'u-cat',
    [29.5, 10, 9.5, 5, 4.25, 5, 8, 7, 6, 6, 5, 2.75],
    {},
    {
      bonuses: [
        {
          itemId: 'b2',
          selfPoints: 2,
          reviewedPoints: 1.5,
          reviewReason: 'Xếp loại của ngành là khá, chưa dẫn đầu.',
        },
      ],
      lateReports: 1,
    },
  ),
  sheet(
    'u-tand',
    [29, 10, 9, 5, 4.5, 5, 8, 7, 5.5, 6, 4.25, 2.75],
    { 'c1.1': [28.5, 'Tỷ lệ bản án bị hủy, sửa do nguyên nhân chủ quan cao hơn chỉ tiêu giao ước.'] },
    { bonuses: [{ itemId: 'b3', selfPoints: 1 }] },
  ),
  sheet(
    'u-vksnd',
    [29, 10, 9, 5, 4.5, 4.5, 8, 7, 5.5, 5.25, 4.5, 2.75],
    {},
    { bonuses: [{ itemId: 'b3', selfPoints: 1 }] },
  ),
  sheet('u-snv', [28.5, 9.5, 9, 5, 5, 5, 8, 7, 6, 5.5, 5, 3], {
    'c2.2': [4.5, 'Mô hình điển hình tiên tiến đăng ký năm 2022 chưa được nhân rộng.'],
  }),
  sheet(
    'u-thads',
    [28, 9.5, 9, 4.5, 4.5, 4.5, 7.5, 6.5, 5.5, 5.5, 4.5, 2.5],
    { 'c1.1': [27, 'Tỷ lệ thi hành xong về tiền chưa đạt chỉ tiêu được giao.'] },
    {
      penalties: [
        { itemId: 'p1', selfCount: 0, reviewedCount: 1, reviewReason: 'Báo cáo sơ kết 6 tháng gửi chậm.' },
      ],
    },
  ),
  sheet('u-qltt', [27.5, 9, 8.5, 4.5, 4, 4.5, 7.5, 6.5, 5, 5, 4.5, 2.5]),
];

/** What each unit registered for 2022: its targets, listed in the pact. */
export const demoTargets2022: Readonly<Record<string, readonly string[]>> = {
  'u-snv': [
    'Thẩm định hồ sơ khen thưởng đúng quy trình, đúng thời hạn',
    'Hoàn thành kế hoạch cải cách hành chính của tỉnh',
  ],
  'u-stp': [
    'Thẩm định 100% dự thảo văn bản quy phạm pháp luật đúng thời hạn',
    'Tổ chức phổ biến, giáo dục pháp luật hướng về cơ sở',
  ],
  'u-ttt': [
    'Hoàn thành 100% kế hoạch thanh tra năm',
    'Giải quyết đơn thư khiếu nại, tố cáo thuộc thẩm quyền đạt trên 90%',
  ],
  'u-bchqs': [
    'Hoàn thành 100% chỉ tiêu tuyển quân',
    'Tổ chức diễn tập khu vực phòng thủ an toàn, đạt kết quả tốt',
  ],
  'u-cat': [
    'Kiềm chế, kéo giảm tội phạm về trật tự xã hội',
    'Tỷ lệ điều tra, khám phá án đạt và vượt chỉ tiêu được giao',
  ],
  'u-tand': [
    'Giải quyết, xét xử các loại vụ án đạt và vượt chỉ tiêu ngành giao',
    'Không có án bị hủy do lỗi chủ quan',
  ],
  'u-vksnd': [
    'Thực hành quyền công tố, kiểm sát xét xử đạt chỉ tiêu ngành',
    'Không để xảy ra oan sai, bỏ lọt tội phạm',
  ],
  'u-thads': [
    'Thi hành xong về việc đạt và vượt chỉ tiêu ngành giao',
    'Thi hành xong về tiền đạt và vượt chỉ tiêu ngành giao',
  ],
  'u-qltt': [
    'Hoàn thành kế hoạch kiểm tra, kiểm soát thị trường',
    'Xử lý nghiêm các vụ vi phạm về buôn lậu, hàng giả',
  ],
};

/** The Chairman's decision on the 2022 proposal (invented, like the rest of the demo year). */
export const demoDecision2022 = { number: '185/QĐ-UBND', decisionDate: '2023-02-10' } as const;

/** No unit is under a block in the demo: eligibility comes from scores and tiers only. */
export const demoUnitStatuses2022: UnitStatus[] = demoMemberIds.map((unitId) => ({ unitId, flags: [] }));

export const demoConference2022: Conference = {
  cycleId: demoCycle2022.id,
  date: '2023-01-04',
  startTime: '14:00',
  place: 'Bắc Kạn',
  venue: 'Hội trường Sở Nội vụ tỉnh Bắc Kạn',
  chairUnitId: 'u-snv',
  secretaryUnitId: 'u-ttt',
  presentUnitIds: [...demoMemberIds],
};

const pick = (...candidateIds: string[]): Ballot => ({ kind: 'choices', candidateIds });
const repeat = (n: number, ballot: Ballot): Ballot[] => Array.from({ length: n }, () => ballot);

/** Ballots per round, as received (secret: no voter identity). */
export const demoBallots2022: Record<
  'provincialFlag' | 'certificateOfMerit' | 'blocHead' | 'blocDeputy',
  Ballot[]
> = {
  // 7 for Thanh tra tỉnh, 1 for Bộ CHQS tỉnh, 1 spoiled by choosing two units.
  provincialFlag: [...repeat(7, pick('u-ttt')), pick('u-bchqs'), pick('u-ttt', 'u-cat')],
  // ≤ 3 choices each; only Bộ CHQS tỉnh (8/9) and Sở Tư pháp (6/9) pass > 50 %.
  certificateOfMerit: [
    pick('u-bchqs', 'u-stp', 'u-cat'),
    pick('u-bchqs', 'u-stp', 'u-tand'),
    pick('u-bchqs', 'u-stp', 'u-vksnd'),
    pick('u-bchqs', 'u-stp', 'u-cat'),
    pick('u-bchqs', 'u-stp', 'u-snv'),
    pick('u-bchqs', 'u-stp', 'u-cat'),
    pick('u-bchqs', 'u-cat', 'u-tand'),
    pick('u-bchqs', 'u-tand', 'u-thads'),
    pick('u-vksnd', 'u-snv', 'u-qltt'),
  ],
  blocHead: [...repeat(8, pick('u-ttt')), pick('u-vksnd')],
  blocDeputy: [...repeat(7, pick('u-cat')), pick('u-vksnd'), { kind: 'blank' }],
};
