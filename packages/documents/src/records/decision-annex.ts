import { blankDateWords, type CalendarDate, dateWords } from '../format/date';
import { decimalText, moneyDigits, moneyInWords, rewardAmount } from '../format/money';
import * as nd30 from '../nd30/index';
import type { DecisionAward, DecisionInput } from '../types';

/** The amount per collective: the domain's when given, else coefficient × base salary. */
export const awardAmount = (a: DecisionAward, baseSalary: number): number =>
  a.amount ?? rewardAmount(a.coefficient, baseSalary);

/** "(Kèm theo Quyết định số 12/QĐ-UBND ngày …)" or, for a draft, with blanks to fill at signing. */
function decisionReference(input: DecisionInput, date: CalendarDate | undefined): string {
  const number = input.number ?? `        /${input.symbol}`;
  const when = date ? dateWords(date) : blankDateWords(input.year);
  return `(Kèm theo Quyết định số ${number} ${when} của ${input.authorityShort})`;
}

/** The list attached to the decision: units, award, coefficient and amount, with the total in words. */
export function decisionAnnex(input: DecisionInput, date: CalendarDate | undefined) {
  const widths = nd30.widthsByWeight(nd30.CONTENT_WIDTH.portrait, [8, 34, 30, 10, 18]);
  const columns = [
    { header: 'STT', width: widths[0] ?? 0, align: 'center' as const },
    { header: 'Tên tập thể', width: widths[1] ?? 0 },
    { header: 'Hình thức khen thưởng', width: widths[2] ?? 0 },
    { header: 'Hệ số', width: widths[3] ?? 0, align: 'center' as const },
    { header: 'Số tiền (đồng)', width: widths[4] ?? 0, align: 'right' as const },
  ];
  const entries = input.awards.flatMap((a) =>
    a.units.map((u) => ({ unit: u, award: a, amount: awardAmount(a, input.baseSalary.amount) })),
  );
  const total = entries.reduce((s, e) => s + e.amount, 0);
  const rows: nd30.CellValue[][] = [
    ...entries.map((e, i) => [
      String(i + 1),
      e.unit.fullName ?? e.unit.name,
      e.award.award.name,
      decimalText(e.award.coefficient),
      moneyDigits(e.amount),
    ]),
    [
      { text: 'Tổng cộng', span: 4, bold: true, align: 'center' },
      { text: moneyDigits(total), bold: true },
    ],
  ];
  return [
    ...nd30.documentTitle('Danh sách', 'Tập thể được khen thưởng').slice(0, -1),
    nd30.line(decisionReference(input, date), {
      size: nd30.SIZE.body,
      italics: true,
      before: 120,
      after: 240,
    }),
    nd30.dataTable(columns, rows, nd30.SIZE.table),
    nd30.line(`(Bằng chữ: ${moneyInWords(total)})`, { size: nd30.SIZE.body, italics: true, before: 120 }),
  ];
}
