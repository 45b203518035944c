import { decimalText } from '../format/money';
import * as nd30 from '../nd30/index';
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
  const widths = nd30.widthsByWeight(nd30.CONTENT_WIDTH.landscape, weights);
  const columns: nd30.Column[] = widths.map((width, i) => ({
    header: '',
    width,
    align: i === 1 ? 'left' : 'center',
  }));
  const top: nd30.CellValue[] = [
    { text: 'STT', vmerge: 'restart' },
    { text: 'Đơn vị', vmerge: 'restart' },
    ...groups.map(
      (g): nd30.CellValue => ({
        text: `${g.code}\n(${g.kind === 'penalty' ? '−' : ''}${g.max === undefined ? '' : num(g.max)})`,
        span: 2,
      }),
    ),
    { text: 'Tổng điểm', span: 2 },
    { text: 'Xếp hạng', vmerge: 'restart' },
  ];
  const sub: nd30.CellValue[] = [
    { text: '', vmerge: 'continue' },
    { text: '', vmerge: 'continue' },
    ...[...groups, null].flatMap((): nd30.CellValue[] => ['TC', 'TĐ']),
    { text: '', vmerge: 'continue' },
  ];
  const rows: nd30.CellValue[][] = ranked.map((r, i) => [
    String(i + 1),
    r.row.unit.name,
    ...groups.flatMap((_, g) => [num(r.row.self[g] ?? 0), num(r.row.reviewed[g] ?? 0)]),
    num(r.selfTotal),
    { text: num(r.reviewedTotal), bold: true },
    { text: String(r.rank), bold: true },
  ]);
  // Not ranked: no score to print, the row says why.
  const unranked: nd30.CellValue[][] = (input.withoutReport ?? []).map((unit, i) => [
    String(ranked.length + i + 1),
    unit.name,
    { text: 'Không nộp báo cáo', span: groups.length * 2 + 2, italics: true },
    '—',
  ]);

  const children = [
    nd30.headerTable({
      issuer: input.issuer,
      numberLine: numberLine(meta.number),
      dateLine: metaDateLine(meta),
      orientation: 'landscape',
    }),
    // A Báo cáo (series /BC-) whose content is the score table.
    ...nd30.documentTitle('Báo cáo', subject, 'landscape'),
    nd30.line(`BẢNG TỔNG HỢP ĐIỂM THI ĐUA NĂM ${input.year}`, {
      size: nd30.SIZE.body,
      bold: true,
      after: 120,
      keepNext: true,
    }),
    nd30.dataTable(columns, [...rows, ...unranked], nd30.SIZE.tableTiny, { headerRows: [top, sub] }),
    nd30.line('', { size: nd30.SIZE.note }),
    nd30.bodyParagraph('Ghi chú:', { bold: true, keepNext: true }),
    ...groups.map((g) =>
      nd30.bodyParagraph(
        `- ${g.code}: ${g.name}${g.max === undefined ? '' : ` (${g.kind === 'penalty' ? 'trừ tối đa' : 'tối đa'} ${num(g.max)} điểm)`};`,
      ),
    ),
    ...input.notes.map((n) => nd30.bodyParagraph(`- ${n}`)),
    nd30.closingRow({ signer: input.signer, recipients: input.recipients, orientation: 'landscape' }),
  ];
  return nd30.packRecord({
    title: `Bảng tổng hợp điểm thi đua ${meta.number}`,
    date: meta.date,
    sections: [nd30.nd30Section(children, 'landscape')],
  });
}
