import { Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
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

/** Signature tables, so a section can keep the text before each of them on its page. */
const signatureTables = new WeakSet<Table>();

export const isSignatureTable = (child: unknown): boolean =>
  child instanceof Table && signatureTables.has(child);

/** The same paragraph kept with the next one (a row kept with the next row when all its paragraphs are). */
export const keptWithNext = (p: Paragraph): Paragraph =>
  p.options.keepNext ? p : new Paragraph({ ...p.options, keepNext: true });

function cell(width: number, children: Paragraph[], keepNext: boolean): TableCell {
  const content = children.length > 0 ? children : blank(SIZE.signature);
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    children: keepNext ? content.map(keptWithNext) : content,
  });
}

/** A borderless fixed-layout row of blocks, e.g. Nơi nhận | signature, or THƯ KÝ | CHỦ TỌA. */
export function blockRow(widths: readonly number[], blocks: readonly Paragraph[][]): Table {
  return blockGrid(widths, [blocks]);
}

/**
 * Rows never split, and every row but the last keeps with the next: titles stay above their names and
 * the whole grid moves to the next page together rather than leaving a signature alone on it.
 */
export function blockGrid(widths: readonly number[], rows: readonly (readonly Paragraph[][])[]): Table {
  const table = new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    margins: { left: CELL_MARGIN.left, right: CELL_MARGIN.right, top: 0, bottom: 0 },
    borders: TableBorders.NONE,
    rows: rows.map(
      (blocks, r) =>
        new TableRow({
          cantSplit: true,
          children: widths.map((w, i) => cell(w, blocks[i] ?? [], r < rows.length - 1)),
        }),
    ),
  });
  signatureTables.add(table);
  return table;
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
