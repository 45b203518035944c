import { dateLine, parseIsoDate } from '../format/date';
import {
  bodyParagraph,
  type CellValue,
  CONTENT_WIDTH,
  closingRow,
  dataTable,
  documentTitle,
  headerTable,
  line,
  nd30Section,
  packRecord,
  SIZE,
  sectionParagraphs,
  signatureBlock,
  widthsByWeight,
} from '../nd30/index';
import type { AchievementReportInput, AwardRecord } from '../types';
import { requireNumber, requireText } from '../validate/fields';
import { numberLine } from './common';

function awardTable(records: readonly AwardRecord[], what: 'Danh hiệu thi đua' | 'Hình thức khen thưởng') {
  const widths = widthsByWeight(CONTENT_WIDTH.portrait, [12, 34, 54]);
  const decisionHeader =
    what === 'Danh hiệu thi đua'
      ? 'Số, ngày, tháng, năm của quyết định công nhận danh hiệu thi đua; cơ quan ban hành quyết định'
      : 'Số, ngày, tháng, năm của quyết định khen thưởng; cơ quan ban hành quyết định';
  const columns = [
    { header: 'Năm', width: widths[0] ?? 0, align: 'center' as const },
    { header: what, width: widths[1] ?? 0 },
    { header: decisionHeader, width: widths[2] ?? 0 },
  ];
  const rows: CellValue[][] =
    records.length > 0
      ? records.map((r) => [String(r.year), r.title, r.decision])
      : [[{ text: 'Không có', span: 3, italics: true, align: 'center' }]];
  return dataTable(columns, rows, SIZE.table);
}

/** Báo cáo thành tích of a nominated collective (Mẫu 02): I sơ lược, II thành tích, III khen thưởng. */
export async function buildAchievementReport(input: AchievementReportInput): Promise<Uint8Array> {
  const date = parseIsoDate(input.date, 'achievementReport.date');
  const place = requireText(input.place, 'achievementReport.place');
  const number =
    input.number === undefined ? undefined : requireNumber(input.number, 'achievementReport.number', 'BC');
  const collective = requireText(input.collectiveName, 'achievementReport.collectiveName');
  const award = requireText(input.awardName, 'achievementReport.awardName');

  const children = [
    headerTable({
      issuer: input.issuer,
      numberLine: number ? numberLine(number) : undefined,
      dateLine: dateLine(place, date),
    }),
    ...documentTitle('Báo cáo thành tích', `Đề nghị tặng ${award} năm ${input.year}`),
    bodyParagraph([
      ['Tên tập thể đề nghị: ', { size: SIZE.body }],
      [collective, { size: SIZE.body, bold: true }],
    ]),
    bodyParagraph('I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH', { bold: true, keepNext: true }),
    bodyParagraph('1. Đặc điểm, tình hình', { bold: true, keepNext: true }),
    ...input.profile.contact.map((c) => bodyParagraph(`- ${c}`)),
    ...input.profile.background.map((p) => bodyParagraph(p)),
    // A sub-heading with nothing stored under it is left out rather than filled.
    ...(input.profile.functions.length > 0
      ? [
          bodyParagraph('2. Chức năng, nhiệm vụ', { bold: true, keepNext: true }),
          ...input.profile.functions.map((p) => bodyParagraph(p)),
        ]
      : []),
    bodyParagraph('II. THÀNH TÍCH ĐẠT ĐƯỢC', { bold: true, keepNext: true }),
    ...sectionParagraphs(input.achievements),
    bodyParagraph('III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG', { bold: true, keepNext: true }),
    ...(input.noAwards !== undefined && input.emulationTitles.length + input.commendations.length === 0
      ? [bodyParagraph(requireText(input.noAwards, 'achievementReport.noAwards'))]
      : [
          bodyParagraph('1. Danh hiệu thi đua', { bold: true, keepNext: true }),
          awardTable(input.emulationTitles, 'Danh hiệu thi đua'),
          line('', { size: SIZE.body }),
          bodyParagraph('2. Hình thức khen thưởng', { bold: true, keepNext: true }),
          awardTable(input.commendations, 'Hình thức khen thưởng'),
        ]),
    line('', { size: SIZE.body, keepNext: true }),
    closingRow({
      left: input.confirmation ? signatureBlock(input.confirmation, '(Ký, đóng dấu)') : [],
      signer: input.signer,
      signerNote: '(Ký, đóng dấu)',
    }),
  ];
  return packRecord({
    title: `Báo cáo thành tích ${collective}`,
    date,
    sections: [nd30Section(children)],
  });
}
