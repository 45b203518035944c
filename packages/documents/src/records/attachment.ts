import { type CalendarDate, dateWords } from '../format/date';
import * as nd30 from '../nd30/index';
import type { Issuer, Signer } from '../types';

/**
 * A table sent with another record (Danh sách with its Tờ trình, the cross-review table with the
 * score table's Báo cáo): landscape, no number or date line of its own, "(Kèm theo … số … ngày …
 * của …)" under its title, the table, the signature.
 */
export function buildAttachment(input: {
  issuer: Issuer;
  version?: number | undefined;
  type: string;
  subject: string;
  /** "Tờ trình", "Báo cáo": the record it goes with, its number, date and issuer. */
  attachedTo: { kind: string; number: string; date: CalendarDate; issuerName: string };
  /** Column headings with their relative widths and alignment, then the rows. */
  table: {
    headers: readonly string[];
    weights: readonly number[];
    align: (column: number) => nd30.Column['align'];
    rows: readonly (readonly nd30.CellValue[])[];
    size: number;
  };
  signer: Signer;
  title: string;
}): Promise<Uint8Array> {
  const { attachedTo, table } = input;
  const widths = nd30.widthsByWeight(nd30.CONTENT_WIDTH.landscape, [...table.weights]);
  const columns = table.headers.map((header, i) => ({
    header,
    width: widths[i] ?? 0,
    align: table.align(i),
  }));
  const children = [
    nd30.headerTable({
      issuer: input.issuer,
      orientation: 'landscape',
      ...(input.version ? { version: input.version } : {}),
    }),
    ...nd30.documentTitle(input.type, input.subject, 'landscape').slice(0, -1),
    nd30.line(
      `(Kèm theo ${attachedTo.kind} số ${attachedTo.number} ${dateWords(attachedTo.date)} của ${attachedTo.issuerName})`,
      { size: nd30.SIZE.body, italics: true, before: 120, after: 240 },
    ),
    nd30.dataTable(columns, table.rows, table.size),
    nd30.line('', { size: nd30.SIZE.body, keepNext: true }),
    nd30.closingRow({ signer: input.signer, orientation: 'landscape' }),
  ];
  return nd30.packRecord({
    title: input.title,
    date: attachedTo.date,
    sections: [nd30.nd30Section(children, 'landscape')],
  });
}
