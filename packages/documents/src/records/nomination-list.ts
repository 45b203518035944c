import { dateWords, parseIsoDate } from '../format/date';
import { percentText } from '../format/money';
import {
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
  widthsByWeight,
} from '../nd30/index';
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

  const widths = widthsByWeight(CONTENT_WIDTH.landscape, [5, 22, 18, 35, 10, 10]);
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
  const cells: CellValue[][] = rows.map((r, i) => {
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
    headerTable({
      issuer: input.issuer,
      orientation: 'landscape',
      ...(input.version ? { version: input.version } : {}),
    }),
    ...documentTitle('Danh sách', `Tập thể đề nghị tặng ${awardNames} năm ${input.year}`, 'landscape').slice(
      0,
      -1,
    ),
    line(`(Kèm theo Tờ trình số ${ttrNumber} ${dateWords(ttrDate)} của ${input.attachedTo.issuerName})`, {
      size: SIZE.body,
      italics: true,
      before: 120,
      after: 240,
    }),
    dataTable(columns, cells, SIZE.table),
    line('', { size: SIZE.body, keepNext: true }),
    closingRow({ signer: input.signer, orientation: 'landscape' }),
  ];
  return packRecord({
    title: `Danh sách kèm theo Tờ trình ${ttrNumber}`,
    date: ttrDate,
    sections: [nd30Section(children, 'landscape')],
  });
}
