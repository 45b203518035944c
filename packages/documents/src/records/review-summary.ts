import { parseIsoDate } from '../format/date';
import { decimalText } from '../format/money';
import * as nd30 from '../nd30/index';
import type { ReviewSummaryInput, ReviewSummaryUnit } from '../types';
import { requireList, requireNumber, requireText } from '../validate/fields';
import { buildAttachment } from './attachment';

const num = (n: number): string => decimalText(n);
const difference = (self: number, reviewed: number): string =>
  reviewed === self ? '0' : `${reviewed > self ? '+' : '−'}${num(Math.abs(reviewed - self))}`;

/** A unit's total row, then one row per line the review changed with every change and its reason. */
function unitRows(u: ReviewSummaryUnit, index: number): nd30.CellValue[][] {
  const reply = u.reply ?? 'Không có ý kiến';
  const total: nd30.CellValue[] = [
    { text: String(index + 1), bold: true },
    { text: u.unit.name, bold: true },
    { text: num(u.selfTotal), bold: true },
    { text: num(u.reviewedTotal), bold: true },
    { text: difference(u.selfTotal, u.reviewedTotal), bold: true },
    u.lines.length === 0 ? { text: 'Giữ nguyên điểm tự chấm', italics: true } : '',
    u.lines.length === 0 ? reply : { text: reply, vmerge: 'restart' },
  ];
  const lines = u.lines.map((l): nd30.CellValue[] => [
    '',
    `${l.code}. ${l.title}`,
    num(l.self),
    num(l.reviewed),
    difference(l.self, l.reviewed),
    l.changes.map((c) => `- ${c}`).join('\n'),
    { text: '', vmerge: 'continue' },
  ]);
  return [total, ...lines];
}

/**
 * Bảng tổng hợp kết quả chấm chéo: per unit, its self and reviewed totals, each line the review
 * changed with every change (before → after, who, when, why) and the unit's answer. It goes with the
 * score table's Báo cáo, as a Danh sách goes with its Tờ trình: no number or date line of its own.
 */
export async function buildReviewSummary(input: ReviewSummaryInput): Promise<Uint8Array> {
  const units = requireList(input.units, 'reviewSummary.units');
  const bcNumber = requireNumber(input.attachedTo?.number, 'reviewSummary.attachedTo.number', 'BC');
  const bcDate = parseIsoDate(input.attachedTo.date, 'reviewSummary.attachedTo.date');
  const issuerName = requireText(input.attachedTo.issuerName, 'reviewSummary.attachedTo.issuerName');
  for (const [i, u] of units.entries()) {
    requireText(u.unit?.name, `reviewSummary.units[${i}].unit.name`);
    for (const [j, l] of u.lines.entries())
      requireText(l.title, `reviewSummary.units[${i}].lines[${j}].title`);
  }

  return buildAttachment({
    issuer: input.issuer,
    version: input.version,
    type: 'Bảng tổng hợp',
    subject: `Kết quả chấm chéo, thẩm định điểm thi đua năm ${input.year}`,
    attachedTo: { kind: 'Báo cáo', number: bcNumber, date: bcDate, issuerName },
    table: {
      headers: [
        'STT',
        'Đơn vị, tiêu chí',
        'Tự chấm',
        'Thẩm định',
        'Chênh lệch',
        'Điều chỉnh và lý do',
        'Giải trình của đơn vị',
      ],
      weights: [5, 26, 8, 8, 8, 27, 18],
      align: (i) => (i === 1 || i >= 5 ? 'left' : 'center'),
      rows: units.flatMap(unitRows),
      size: nd30.SIZE.tableTiny,
    },
    signer: input.signer,
    title: `Bảng tổng hợp kết quả chấm chéo kèm theo Báo cáo ${bcNumber}`,
  });
}
