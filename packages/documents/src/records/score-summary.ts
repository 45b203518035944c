import { decimalText } from '../format/money';
import {
  bodyParagraph,
  type CellValue,
  CONTENT_WIDTH,
  type Column,
  closingRow,
  dataTable,
  documentTitle,
  headerTable,
  line,
  nd30Section,
  packRecord,
  SIZE,
  widthsByWeight,
} from '../nd30/index';
import type { ScoreSummaryInput } from '../types';
import { requireList, requireMeta, requireText } from '../validate/fields';
import { metaDateLine, numberLine } from './common';
import { rankScores } from './scores';

const num = (n: number): string => decimalText(n);

/** Bảng tổng hợp điểm: self vs reviewed score per criterion group, totals and rank (landscape). */
export async function buildScoreSummary(input: ScoreSummaryInput): Promise<Uint8Array> {
  const meta = requireMeta(input.meta, 'scoreSummary.meta', 'BC');
  const subject = requireText(input.subject, 'scoreSummary.subject');
  const groups = requireList(input.groups, 'scoreSummary.groups');
  const ranked = rankScores(groups, requireList(input.rows, 'scoreSummary.rows'));

  // STT | Đơn vị | (TC, TĐ) per group | Tổng (TC, TĐ) | Xếp hạng
  const weights = [6, 21, ...groups.flatMap(() => [6.5, 6.5]), 7.5, 7.5, 6];
  const widths = widthsByWeight(CONTENT_WIDTH.landscape, weights);
  const columns: Column[] = widths.map((width, i) => ({
    header: '',
    width,
    align: i === 1 ? 'left' : 'center',
  }));
  const top: CellValue[] = [
    { text: 'STT', vmerge: 'restart' },
    { text: 'Đơn vị', vmerge: 'restart' },
    ...groups.map(
      (g): CellValue => ({
        text: `${g.code}\n(${g.kind === 'penalty' ? '−' : ''}${g.max === undefined ? '' : num(g.max)})`,
        span: 2,
      }),
    ),
    { text: 'Tổng điểm', span: 2 },
    { text: 'Xếp hạng', vmerge: 'restart' },
  ];
  const sub: CellValue[] = [
    { text: '', vmerge: 'continue' },
    { text: '', vmerge: 'continue' },
    ...[...groups, null].flatMap((): CellValue[] => ['TC', 'TĐ']),
    { text: '', vmerge: 'continue' },
  ];
  const rows: CellValue[][] = ranked.map((r, i) => [
    String(i + 1),
    r.row.unit.name,
    ...groups.flatMap((_, g) => [num(r.row.self[g] ?? 0), num(r.row.reviewed[g] ?? 0)]),
    num(r.selfTotal),
    { text: num(r.reviewedTotal), bold: true },
    { text: String(r.rank), bold: true },
  ]);
  // Not ranked: no score to print, the row says why.
  const unranked: CellValue[][] = (input.withoutReport ?? []).map((unit, i) => [
    String(ranked.length + i + 1),
    unit.name,
    { text: 'Không nộp báo cáo', span: groups.length * 2 + 2, italics: true },
    '—',
  ]);

  const children = [
    headerTable({
      issuer: input.issuer,
      numberLine: numberLine(meta.number),
      dateLine: metaDateLine(meta),
      orientation: 'landscape',
    }),
    // A Báo cáo (series /BC-) whose content is the score table.
    ...documentTitle('Báo cáo', subject, 'landscape'),
    line(`BẢNG TỔNG HỢP ĐIỂM THI ĐUA NĂM ${input.year}`, {
      size: SIZE.body,
      bold: true,
      after: 120,
      keepNext: true,
    }),
    dataTable(columns, [...rows, ...unranked], SIZE.tableTiny, { headerRows: [top, sub] }),
    line('', { size: SIZE.note }),
    bodyParagraph('Ghi chú:', { bold: true, keepNext: true }),
    ...groups.map((g) =>
      bodyParagraph(
        `- ${g.code}: ${g.name}${g.max === undefined ? '' : ` (${g.kind === 'penalty' ? 'trừ tối đa' : 'tối đa'} ${num(g.max)} điểm)`};`,
      ),
    ),
    ...input.notes.map((n) => bodyParagraph(`- ${n}`)),
    closingRow({ signer: input.signer, recipients: input.recipients, orientation: 'landscape' }),
  ];
  return packRecord({
    title: `Bảng tổng hợp điểm thi đua ${meta.number}`,
    date: meta.date,
    sections: [nd30Section(children, 'landscape')],
  });
}
