// The bloc's year-end report and its score summary, from the domain's score sheets and ranking.
import {
  crossReviewRecordRows,
  crossReviewSummary,
  type ReviewHistoryEntry,
  reviewScoreChanges,
  type ScoreBreakdown,
  scoreBreakdown,
} from '@thidua/domain';
import { decimalText } from '../../src/format/money';
import type {
  ReviewSummaryInput,
  ScoreGroup,
  ScoreRow,
  ScoreSummaryInput,
  YearEndReportInput,
} from '../../src/types';
import {
  BLOC,
  BLOC_SHORT,
  data,
  docNumber,
  memberIds,
  outcome,
  PLACE,
  ruleSet,
  template,
  unitRef,
  YEAR,
} from './context';
import { blocHeadSigner } from './people';
import { HEAD_2022 } from './votes';

const REPORT_DATE = '2022-12-28';
const RECIPIENTS = ['Ban Thi đua - Khen thưởng, Sở Nội vụ', 'Các đơn vị trong Khối', 'Lưu: VT, KTĐNC'];
export const REPORT_NUMBER = docNumber(15, 'BC');
export const SCORES_NUMBER = docNumber(16, 'BC');

const ranked = (position: number) => {
  const r = outcome.ranking[position - 1];
  return r ? `${unitRef(r.unitId).name} (${decimalText(r.total)} điểm)` : '';
};

export const YEAR_END_REPORT: YearEndReportInput = {
  issuer: BLOC,
  meta: { number: REPORT_NUMBER, date: REPORT_DATE, place: PLACE },
  subject: `Tổng kết công tác thi đua, khen thưởng năm ${YEAR} và phương hướng, nhiệm vụ năm ${YEAR + 1}`,
  addressee: { to: `Ủy ban nhân dân tỉnh ${PLACE}`, via: 'Ban Thi đua - Khen thưởng, Sở Nội vụ' },
  sections: [
    {
      heading: `I. KẾT QUẢ CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM ${YEAR}`,
      children: [
        {
          heading: '1. Công tác lãnh đạo, chỉ đạo và tổ chức phong trào thi đua',
          paragraphs: [
            `${BLOC.name} tỉnh gồm ${memberIds.length.toString().padStart(2, '0')} đơn vị: ${memberIds.map((id) => unitRef(id).name).join(', ')}.`,
            'Ngay từ đầu năm, Khối đã tổ chức ký kết giao ước thi đua, ban hành kế hoạch và thang điểm bình xét; các đơn vị đăng ký chỉ tiêu thi đua gắn với nhiệm vụ chính trị của ngành, của địa phương.',
          ],
        },
        {
          heading: '2. Kết quả thực hiện nhiệm vụ chính trị',
          paragraphs: [
            `Năm ${YEAR}, dưới sự lãnh đạo, chỉ đạo của Tỉnh ủy, UBND tỉnh cùng với sự nỗ lực, quyết tâm cao, lãnh đạo các cơ quan, đơn vị trong Khối đã hoàn thành và hoàn thành vượt kế hoạch, chỉ tiêu thi đua đề ra. Tiêu biểu như: Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh đã tham mưu cho Tỉnh ủy, UBND tỉnh ban hành nghị quyết, chỉ thị lãnh đạo, chỉ đạo về công tác quốc phòng, an ninh địa phương.`,
            'Công tác điều tra, truy tố, xét xử bảo đảm đúng quy định pháp luật, không để xảy ra oan sai, bỏ lọt tội phạm. Tuyên truyền, phổ biến giáo dục pháp luật hướng về cơ sở, tạo bước chuyển biến tích cực về chấp hành pháp luật trong các tầng lớp nhân dân. Công tác cải cách hành chính, thi hành án, thanh tra, kiểm tra, phòng, chống tham nhũng, tiếp công dân, giải quyết đơn thư khiếu nại, tố cáo, quản lý nhà nước về tôn giáo bảo đảm chất lượng, hiệu quả.',
            'Kết quả từ phong trào thi đua đã góp phần quan trọng thực hiện thắng lợi nhiệm vụ chính trị của mỗi đơn vị và góp phần giữ vững an ninh chính trị, trật tự an toàn xã hội tại địa phương.',
          ],
        },
        {
          heading: '3. Chấm điểm, xếp hạng thi đua',
          paragraphs: [
            `Các đơn vị tự chấm điểm theo ${template.title.charAt(0).toLowerCase()}${template.title.slice(1)}; Trưởng khối, Phó Trưởng khối thẩm định, chấm chéo. Kết quả (có Bảng tổng hợp điểm kèm theo): xếp thứ nhất ${ranked(1)}, thứ hai ${ranked(2)}, thứ ba ${ranked(3)}.`,
          ],
        },
        {
          heading: '4. Đánh giá chung',
          paragraphs: [
            'Phong trào thi đua được triển khai đồng bộ, thiết thực, gắn với nhiệm vụ chuyên môn. Tuy nhiên, việc phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến ở một số đơn vị còn hạn chế; việc gửi báo cáo định kỳ có lúc chưa bảo đảm thời gian.',
          ],
        },
      ],
    },
    {
      heading: `II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM ${YEAR + 1}`,
      items: [
        'Tiếp tục quán triệt, triển khai thực hiện đồng bộ công tác thi đua trên tất cả các lĩnh vực; kiểm điểm và tập trung hoàn thành các nội dung, nhiệm vụ công tác chuyên môn;',
        'Xây dựng động cơ, ý chí quyết tâm thi đua đúng đắn, năng động, sáng tạo, lập nhiều chiến công, thành tích mới; xây dựng cơ quan, đơn vị vững mạnh, thực hành tiết kiệm, chống lãng phí;',
        'Tiếp tục đẩy mạnh việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh;',
        'Đẩy mạnh các phong trào thi đua theo đợt, thi đua chuyên đề, gắn phong trào thi đua của ngành với phong trào thi đua yêu nước của địa phương.',
      ],
    },
  ],
  signer: blocHeadSigner(HEAD_2022),
  recipients: RECIPIENTS,
};

// Groups I–V as criteria, then bonus (after the cap) and penalties (including late reports).
const groups: ScoreGroup[] = [
  ...template.groups.map(
    (g): ScoreGroup => ({
      code: g.code,
      name: g.title,
      max: g.criteria.reduce((s, c) => s + c.maxPoints, 0),
      kind: 'criteria',
    }),
  ),
  { code: 'ĐT', name: 'Điểm thưởng', max: template.bonus.cap, kind: 'bonus' },
  { code: 'ĐTr', name: 'Điểm trừ (kể cả báo cáo gửi chậm)', kind: 'penalty' },
];

const scores = (b: ScoreBreakdown): number[] => [
  ...b.groups.map((g) => g.points),
  b.bonus,
  b.penalty + b.latePenalty,
];

const rows: ScoreRow[] = outcome.ranking.map((r) => {
  const sheet = data.cycle2022.scoreSheets.find((s) => s.unitId === r.unitId);
  if (!sheet) throw new Error(`demo: no score sheet for ${r.unitId}`);
  return {
    unit: unitRef(r.unitId),
    self: scores(scoreBreakdown(template, sheet, 'self', ruleSet)),
    reviewed: scores(r.breakdown),
    rank: r.position,
  };
});

export const SCORE_SUMMARY: ScoreSummaryInput = {
  issuer: BLOC,
  meta: { number: SCORES_NUMBER, date: REPORT_DATE, place: PLACE },
  year: YEAR,
  subject: `Kết quả chấm điểm, xếp hạng thi đua năm ${YEAR}`,
  groups,
  rows,
  notes: [
    'TC: điểm đơn vị tự chấm; TĐ: điểm thẩm định (chấm chéo) của Trưởng khối, Phó Trưởng khối;',
    'Tổng điểm = điểm các nhóm tiêu chí + điểm thưởng − điểm trừ; xếp hạng theo tổng điểm thẩm định, bằng điểm thì xét điểm nhóm I.',
  ],
  signer: blocHeadSigner(HEAD_2022),
  recipients: RECIPIENTS,
};

const sheetsRanked = outcome.ranking.flatMap((r) =>
  data.cycle2022.scoreSheets.filter((s) => s.unitId === r.unitId),
);

/** The review of the sample year as kept: each reviewed line changed once, by the head, on the report's day. */
const headChanges: ReviewHistoryEntry[] = sheetsRanked.flatMap((sheet) =>
  reviewScoreChanges(
    { ...sheet, criteria: sheet.criteria.map(({ reviewedScore: _r, ...c }) => c) },
    sheet,
  ).map((change) => ({
    ...change,
    reason: change.reason ?? 'Điều chỉnh theo minh chứng',
    unitId: sheet.unitId,
    by: blocHeadSigner(HEAD_2022).name,
    byRole: 'blocHead' as const,
    at: `${REPORT_DATE}T03:00:00.000Z`,
  })),
);

export const REVIEW_SUMMARY: ReviewSummaryInput = {
  issuer: BLOC,
  year: YEAR,
  attachedTo: { number: SCORES_NUMBER, date: REPORT_DATE, issuerName: BLOC_SHORT },
  units: crossReviewSummary(template, ruleSet, sheetsRanked, { changes: headChanges, replies: [] }).map(
    (u) => ({
      unit: unitRef(u.unitId),
      ...crossReviewRecordRows(u),
    }),
  ),
  signer: blocHeadSigner(HEAD_2022),
};
