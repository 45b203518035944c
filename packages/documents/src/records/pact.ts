import { dateLine, parseIsoDate } from '../format/date';
import { upper } from '../format/text';
import * as nd30 from '../nd30/index';
import type { PactInput } from '../types';
import { requireList, requireMeta, requireText } from '../validate/fields';
import { numberLine } from './common';

/** Giao ước thi đua: common commitments, each unit's registered targets, and every unit head's signature. */
export async function buildPact(input: PactInput): Promise<Uint8Array> {
  // The decree lists no type code for a pact; blocs use their own (e.g. "GƯ"), so any code is accepted.
  // A pact signed jointly by the members may carry no number of its own.
  const meta = input.meta.number
    ? requireMeta({ ...input.meta, number: input.meta.number }, 'pact.meta', undefined)
    : {
        number: undefined,
        date: parseIsoDate(input.meta.date, 'pact.meta.date'),
        place: requireText(input.meta.place, 'pact.meta.place'),
      };
  const subject = requireText(input.subject, 'pact.subject');
  const units = requireList(input.units, 'pact.units');
  for (const [i, u] of units.entries()) {
    requireList(u.targets, `pact.units[${i}].targets`);
    requireText(u.head?.name, `pact.units[${i}].head.name`);
  }

  const widths = nd30.widthsByWeight(nd30.CONTENT_WIDTH.portrait, [8, 27, 65]);
  const columns = [
    { header: 'STT', width: widths[0] ?? 0, align: 'center' as const },
    { header: 'Đơn vị', width: widths[1] ?? 0 },
    { header: 'Chỉ tiêu, nhiệm vụ đăng ký thi đua', width: widths[2] ?? 0, align: 'justify' as const },
  ];
  const rows: nd30.CellValue[][] = units.map((u, i) => [
    String(i + 1),
    u.unit.name,
    u.targets.map((t) => `- ${t.replace(/[;.]+$/, '')}.`).join('\n'),
  ]);

  const children = [
    nd30.headerTable({
      issuer: input.issuer,
      ...(meta.number ? { numberLine: numberLine(meta.number) } : {}),
      dateLine: dateLine(meta.place, meta.date),
    }),
    ...nd30.documentTitle('Giao ước thi đua', subject),
    ...nd30.legalBasisLines(input.legalBases),
    ...input.preamble.map((p) => nd30.bodyParagraph(p)),
    nd30.bodyParagraph('I. NỘI DUNG GIAO ƯỚC CHUNG', { bold: true, keepNext: true }),
    ...input.commitments.map((c, i) => nd30.bodyParagraph(`${i + 1}. ${c}`)),
    nd30.bodyParagraph('II. CHỈ TIÊU ĐĂNG KÝ THI ĐUA CỦA CÁC ĐƠN VỊ', { bold: true, keepNext: true }),
    nd30.dataTable(columns, rows, nd30.SIZE.table),
    nd30.line('', { size: nd30.SIZE.body }),
    nd30.bodyParagraph('III. TỔ CHỨC THỰC HIỆN', { bold: true, keepNext: true }),
    ...input.closing.map((c) => nd30.bodyParagraph(c)),
    nd30.line(upper('Đại diện các đơn vị ký giao ước'), {
      size: nd30.SIZE.signature,
      bold: true,
      before: 240,
      keepNext: true,
    }),
    nd30.signatureGrid(
      units.map((u) => u.head),
      nd30.CONTENT_WIDTH.portrait,
      3,
    ),
  ];
  return nd30.packRecord({
    title: meta.number ? `Giao ước thi đua ${meta.number}` : `Giao ước thi đua năm ${input.year}`,
    date: meta.date,
    sections: [nd30.nd30Section(children)],
  });
}
