import { dateLine, parseIsoDate } from '../format/date';
import { upper } from '../format/text';
import {
  bodyParagraph,
  type CellValue,
  CONTENT_WIDTH,
  dataTable,
  documentTitle,
  headerTable,
  legalBasisLines,
  line,
  nd30Section,
  packRecord,
  SIZE,
  signatureGrid,
  widthsByWeight,
} from '../nd30/index';
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

  const widths = widthsByWeight(CONTENT_WIDTH.portrait, [8, 27, 65]);
  const columns = [
    { header: 'STT', width: widths[0] ?? 0, align: 'center' as const },
    { header: 'Đơn vị', width: widths[1] ?? 0 },
    { header: 'Chỉ tiêu, nhiệm vụ đăng ký thi đua', width: widths[2] ?? 0, align: 'justify' as const },
  ];
  const rows: CellValue[][] = units.map((u, i) => [
    String(i + 1),
    u.unit.name,
    u.targets.map((t) => `- ${t.replace(/[;.]+$/, '')}.`).join('\n'),
  ]);

  const children = [
    headerTable({
      issuer: input.issuer,
      ...(meta.number ? { numberLine: numberLine(meta.number) } : {}),
      dateLine: dateLine(meta.place, meta.date),
    }),
    ...documentTitle('Giao ước thi đua', subject),
    ...legalBasisLines(input.legalBases),
    ...input.preamble.map((p) => bodyParagraph(p)),
    bodyParagraph('I. NỘI DUNG GIAO ƯỚC CHUNG', { bold: true, keepNext: true }),
    ...input.commitments.map((c, i) => bodyParagraph(`${i + 1}. ${c}`)),
    bodyParagraph('II. CHỈ TIÊU ĐĂNG KÝ THI ĐUA CỦA CÁC ĐƠN VỊ', { bold: true, keepNext: true }),
    dataTable(columns, rows, SIZE.table),
    line('', { size: SIZE.body }),
    bodyParagraph('III. TỔ CHỨC THỰC HIỆN', { bold: true, keepNext: true }),
    ...input.closing.map((c) => bodyParagraph(c)),
    line(upper('Đại diện các đơn vị ký giao ước'), {
      size: SIZE.signature,
      bold: true,
      before: 240,
      keepNext: true,
    }),
    signatureGrid(
      units.map((u) => u.head),
      CONTENT_WIDTH.portrait,
      3,
    ),
  ];
  return packRecord({
    title: meta.number ? `Giao ước thi đua ${meta.number}` : `Giao ước thi đua năm ${input.year}`,
    date: meta.date,
    sections: [nd30Section(children)],
  });
}
