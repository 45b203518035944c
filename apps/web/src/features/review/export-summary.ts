import { t } from '../../i18n';
import { headerRow, type SheetData, saveSheet } from '../../lib/xlsx';
import type { ReviewSummary } from './contract';

const difference = (self: number, reviewed: number) => Math.round((reviewed - self) * 100) / 100;

/**
 * Bảng tổng hợp kết quả chấm chéo as an .xlsx: per unit its totals, then each line the review
 * changed with every change and its reason, and the unit's answer (the record's rows).
 */
export async function exportReviewSummary(summary: ReviewSummary): Promise<void> {
  const data: SheetData = [
    headerRow([
      t.review.summaryUnit,
      t.review.selfTotal,
      t.review.reviewedTotal,
      t.review.summaryDifference,
      t.review.summaryChanges,
      t.review.summaryReply,
    ]),
    ...summary.units.flatMap((u) => [
      [
        { value: u.name, fontWeight: 'bold' as const },
        u.selfTotal,
        u.reviewedTotal,
        difference(u.selfTotal, u.reviewedTotal),
        u.lines.length === 0 ? t.review.summaryUnchanged : '',
        u.reply ? `${u.reply.body} (${u.reply.by})` : '',
      ],
      ...u.lines.map((l) => [
        `${l.code}. ${l.title}`,
        l.self,
        l.reviewed,
        difference(l.self, l.reviewed),
        { value: l.changes.map((c) => c.text).join('\n'), wrap: true },
        '',
      ]),
    ]),
  ];
  await saveSheet(data, {
    sheet: t.review.summarySheet,
    fileName: t.review.summaryFile(summary.year),
    widths: [48, 10, 10, 10, 70, 40],
  });
}
