import { dateWords, parseIsoDate } from '../format/date';
import { percentText } from '../format/money';
import * as nd30 from '../nd30/index';
import type { NominationListInput } from '../types';
import { requireList, requireNumber } from '../validate/fields';
import { checkBasis } from '../validate/votes';

/** Danh sách đề nghị khen thưởng tập thể, attached to the Tờ trình (landscape: the summary column is wide). */
export async function buildNominationList(input: NominationListInput): Promise<Uint8Array> {
  const rows = requireList(input.rows, 'nominationList.rows');
  const ttrNumber = requireNumber(input.attachedTo?.number, 'nominationList.attachedTo.number', 'TTr');
  const ttrDate = parseIsoDate(input.attachedTo.date, 'nominationList.attachedTo.date');
  checkBasis(input.basis, 'nominationList.basis');
  const n = input.basis.denominator.count;

  const widths = nd30.widthsByWeight(nd30.CONTENT_WIDTH.landscape, [5, 22, 18, 35, 10, 10]);
  const headers = [
    'STT',
    'Tên tập thể',
    'Hình thức đề nghị',
    'Tóm tắt thành tích',
    'Số phiếu/tỷ lệ',
    'Ghi chú',
  ];
  const columns = headers.map((header, i) => ({
    header,
    width: widths[i] ?? 0,
    align: i === 0 || i === 4 ? ('center' as const) : i === 3 ? ('justify' as const) : ('left' as const),
  }));
  const cells: nd30.CellValue[][] = rows.map((r, i) => {
    if (r.basis) checkBasis(r.basis, `nominationList.rows[${i}].basis`);
    const count = r.basis?.denominator.count ?? n;
    return [
      String(i + 1),
      r.unit.fullName ?? r.unit.name,
      r.award.name,
      r.summary,
      `${r.votes}/${count}\n(${percentText(r.votes, count)})`,
      r.note ?? '',
    ];
  });
  const awardNames = [...new Set(rows.map((r) => r.award.name))].join(' và ');

  const children = [
    nd30.headerTable({
      issuer: input.issuer,
      orientation: 'landscape',
      ...(input.version ? { version: input.version } : {}),
    }),
    ...nd30
      .documentTitle('Danh sách', `Tập thể đề nghị tặng ${awardNames} năm ${input.year}`, 'landscape')
      .slice(0, -1),
    nd30.line(
      `(Kèm theo Tờ trình số ${ttrNumber} ${dateWords(ttrDate)} của ${input.attachedTo.issuerName})`,
      {
        size: nd30.SIZE.body,
        italics: true,
        before: 120,
        after: 240,
      },
    ),
    nd30.dataTable(columns, cells, nd30.SIZE.table),
    nd30.line('', { size: nd30.SIZE.body, keepNext: true }),
    nd30.closingRow({ signer: input.signer, orientation: 'landscape' }),
  ];
  return nd30.packRecord({
    title: `Danh sách kèm theo Tờ trình ${ttrNumber}`,
    date: ttrDate,
    sections: [nd30.nd30Section(children, 'landscape')],
  });
}
