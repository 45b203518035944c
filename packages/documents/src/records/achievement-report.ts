import { dateLine, parseIsoDate } from '../format/date';
import * as nd30 from '../nd30/index';
import type { AchievementReportInput, AwardRecord } from '../types';
import { requireNumber, requireText } from '../validate/fields';
import { numberLine } from './common';

function awardTable(records: readonly AwardRecord[], what: 'Danh hiệu thi đua' | 'Hình thức khen thưởng') {
  const widths = nd30.widthsByWeight(nd30.CONTENT_WIDTH.portrait, [12, 34, 54]);
  const decisionHeader =
    what === 'Danh hiệu thi đua'
      ? 'Số, ngày, tháng, năm của quyết định công nhận danh hiệu thi đua; cơ quan ban hành quyết định'
      : 'Số, ngày, tháng, năm của quyết định khen thưởng; cơ quan ban hành quyết định';
  const columns = [
    { header: 'Năm', width: widths[0] ?? 0, align: 'center' as const },
    { header: what, width: widths[1] ?? 0 },
    { header: decisionHeader, width: widths[2] ?? 0 },
  ];
  const rows: nd30.CellValue[][] =
    records.length > 0
      ? records.map((r) => [String(r.year), r.title, r.decision])
      : [[{ text: 'Không có', span: 3, italics: true, align: 'center' }]];
  return nd30.dataTable(columns, rows, nd30.SIZE.table);
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
    nd30.headerTable({
      issuer: input.issuer,
      numberLine: number ? numberLine(number) : undefined,
      dateLine: dateLine(place, date),
    }),
    ...nd30.documentTitle('Báo cáo thành tích', `Đề nghị tặng ${award} năm ${input.year}`),
    nd30.bodyParagraph([
      ['Tên tập thể đề nghị: ', { size: nd30.SIZE.body }],
      [collective, { size: nd30.SIZE.body, bold: true }],
    ]),
    nd30.bodyParagraph('I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH', { bold: true, keepNext: true }),
    nd30.bodyParagraph('1. Đặc điểm, tình hình', { bold: true, keepNext: true }),
    ...input.profile.contact.map((c) => nd30.bodyParagraph(`- ${c}`)),
    ...input.profile.background.map((p) => nd30.bodyParagraph(p)),
    // A sub-heading with nothing stored under it is left out rather than filled.
    ...(input.profile.functions.length > 0
      ? [
          nd30.bodyParagraph('2. Chức năng, nhiệm vụ', { bold: true, keepNext: true }),
          ...input.profile.functions.map((p) => nd30.bodyParagraph(p)),
        ]
      : []),
    nd30.bodyParagraph('II. THÀNH TÍCH ĐẠT ĐƯỢC', { bold: true, keepNext: true }),
    ...nd30.sectionParagraphs(input.achievements),
    nd30.bodyParagraph('III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG', { bold: true, keepNext: true }),
    ...(input.noAwards !== undefined && input.emulationTitles.length + input.commendations.length === 0
      ? [nd30.bodyParagraph(requireText(input.noAwards, 'achievementReport.noAwards'))]
      : [
          nd30.bodyParagraph('1. Danh hiệu thi đua', { bold: true, keepNext: true }),
          awardTable(input.emulationTitles, 'Danh hiệu thi đua'),
          nd30.line('', { size: nd30.SIZE.body }),
          nd30.bodyParagraph('2. Hình thức khen thưởng', { bold: true, keepNext: true }),
          awardTable(input.commendations, 'Hình thức khen thưởng'),
        ]),
    nd30.line('', { size: nd30.SIZE.body, keepNext: true }),
    nd30.closingRow({
      left: input.confirmation ? nd30.signatureBlock(input.confirmation, '(Ký, đóng dấu)') : [],
      signer: input.signer,
      signerNote: '(Ký, đóng dấu)',
    }),
  ];
  return nd30.packRecord({
    title: `Báo cáo thành tích ${collective}`,
    date,
    sections: [nd30.nd30Section(children)],
  });
}
