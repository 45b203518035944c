import { type Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import { upper } from '../format/text';
import type { Signer } from '../types';
import { CELL_MARGIN, SIZE } from './constants';
import { blank, line } from './text';

/** Lines of room left for the handwritten signature and the seal. */
const SIGNING_SPACE = 4;

/** Authority, title and post lines (bold upper case), and the optional "(Ký, đóng dấu)" note. */
function signatureHeads(signer: Signer, note?: string): Paragraph[] {
  const heads = [signer.capacity, signer.title, signer.post].filter((s): s is string => Boolean(s));
  return [
    ...heads.map((text) => line(upper(text), { size: SIZE.signature, bold: true, keepNext: true })),
    ...(note ? [line(note, { size: SIZE.note, italics: true, keepNext: true })] : []),
  ];
}

/** Room to sign and seal, then the name (bold). */
const signatureName = (signer: Signer): Paragraph[] => [
  ...blank(SIZE.signature, SIGNING_SPACE),
  line(signer.name, { size: SIZE.signature, bold: true }),
];

/** Authority, title and post (bold upper case), room to sign, then the name (bold). */
export function signatureBlock(signer: Signer, note?: string): Paragraph[] {
  return [...signatureHeads(signer, note), ...signatureName(signer)];
}

function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    children: children.length > 0 ? children : blank(SIZE.signature),
  });
}

/** A borderless fixed-layout row of blocks, e.g. Nơi nhận | signature, or THƯ KÝ | CHỦ TỌA. */
export function blockRow(widths: readonly number[], blocks: readonly Paragraph[][]): Table {
  return blockGrid(widths, [blocks]);
}

export function blockGrid(widths: readonly number[], rows: readonly (readonly Paragraph[][])[]): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    margins: { left: CELL_MARGIN.left, right: CELL_MARGIN.right, top: 0, bottom: 0 },
    borders: TableBorders.NONE,
    rows: rows.map(
      (blocks) =>
        new TableRow({
          cantSplit: true,
          children: widths.map((w, i) => cell(w, blocks[i] ?? [])),
        }),
    ),
  });
}

/**
 * Signers laid out `columns` per row (joint signatures of a pact, a counting board). Titles and names sit in
 * separate table rows so names line up even when a unit name wraps onto more lines than its neighbours'.
 */
export function signatureGrid(signers: readonly Signer[], totalWidth: number, columns: number): Table {
  const width = Math.floor(totalWidth / columns);
  const widths = Array.from({ length: columns }, () => width);
  const rows: Paragraph[][][] = [];
  for (let i = 0; i < signers.length; i += columns) {
    const group = signers.slice(i, i + columns);
    rows.push(group.map((s) => [...blank(SIZE.signature), ...signatureHeads(s)]));
    rows.push(group.map((s) => signatureName(s)));
  }
  return blockGrid(widths, rows);
}
