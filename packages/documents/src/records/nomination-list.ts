import { parseIsoDate } from '../format/date';
import { percentText } from '../format/money';
import * as nd30 from '../nd30/index';
import type { NominationListInput } from '../types';
import { requireList, requireNumber } from '../validate/fields';
import { checkBasis } from '../validate/votes';
import { buildAttachment } from './attachment';

/** Danh sách đề nghị khen thưởng tập thể, attached to the Tờ trình (landscape: the summary column is wide). */
export async function buildNominationList(input: NominationListInput): Promise<Uint8Array> {
  const rows = requireList(input.rows, 'nominationList.rows');
  const ttrNumber = requireNumber(input.attachedTo?.number, 'nominationList.attachedTo.number', 'TTr');
  const ttrDate = parseIsoDate(input.attachedTo.date, 'nominationList.attachedTo.date');
  checkBasis(input.basis, 'nominationList.basis');
  const n = input.basis.denominator.count;

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

  return buildAttachment({
    issuer: input.issuer,
    version: input.version,
    type: 'Danh sách',
    subject: `Tập thể đề nghị tặng ${awardNames} năm ${input.year}`,
    attachedTo: {
      kind: 'Tờ trình',
      number: ttrNumber,
      date: ttrDate,
      issuerName: input.attachedTo.issuerName,
    },
    table: {
      headers: ['STT', 'Tên tập thể', 'Hình thức đề nghị', 'Tóm tắt thành tích', 'Số phiếu/tỷ lệ', 'Ghi chú'],
      weights: [5, 22, 18, 35, 10, 10],
      align: (i) => (i === 0 || i === 4 ? 'center' : i === 3 ? 'justify' : 'left'),
      rows: cells,
      size: nd30.SIZE.table,
    },
    signer: input.signer,
    title: `Danh sách kèm theo Tờ trình ${ttrNumber}`,
  });
}
