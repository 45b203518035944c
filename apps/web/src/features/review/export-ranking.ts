import { t } from '../../i18n';
import { headerRow, type SheetData, saveSheet } from '../../lib/xlsx';
import type { ReviewRow } from './contract';

/** The ranking as shown: position, unit, self and reviewed totals, the review's difference. */
export async function exportRanking(order: readonly ReviewRow[], year: number): Promise<void> {
  const score = (value: number) => ({ value, format: '0.00' });
  const data: SheetData = [
    headerRow([
      t.review.position,
      t.review.unit,
      t.review.selfTotal,
      t.review.reviewedTotal,
      t.review.rankingDifference,
    ]),
    ...order.map((r, index) => {
      const self = r.selfTotal ?? 0;
      const reviewed = r.reviewedTotal ?? 0;
      return [
        index + 1,
        r.name,
        score(self),
        { ...score(reviewed), fontWeight: 'bold' as const },
        score(Math.round((reviewed - self) * 100) / 100),
      ];
    }),
  ];
  await saveSheet(data, {
    sheet: t.review.rankingSheet,
    fileName: t.review.rankingFile(year),
    widths: [8, 48, 12, 12, 12],
  });
}
