import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  VerticalMergeType,
  WidthType,
} from 'docx';
import { CELL_MARGIN } from './constants';
import { type Align, type RunStyle, runs } from './text';

export interface Column {
  readonly header: string;
  /** Width in twips; the widths of a table must add up to its width. */
  readonly width: number;
  readonly align?: Align;
}

/** A cell's content: plain text, or text with a style (e.g. bold totals, italic notes). */
export type CellValue =
  | string
  | {
      readonly text: string;
      readonly bold?: boolean;
      readonly italics?: boolean;
      readonly shaded?: boolean;
      readonly align?: Align;
      /** Columns spanned. */
      readonly span?: number;
      /** Vertical merge with the cells below ('restart') or above ('continue'). */
      readonly vmerge?: 'restart' | 'continue';
    };

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

function cellParagraph(text: string, style: RunStyle, align: Align, keepNext: boolean): Paragraph {
  return new Paragraph({
    alignment: ALIGN[align],
    spacing: { before: 20, after: 20 },
    keepNext: keepNext || undefined,
    children: runs(text, style),
  });
}

function cell(
  value: CellValue,
  width: number,
  size: number,
  align: Align,
  header: boolean,
  keepNext: boolean,
): TableCell {
  const v = typeof value === 'string' ? { text: value } : value;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: v.span,
    verticalMerge:
      v.vmerge === 'restart'
        ? VerticalMergeType.RESTART
        : v.vmerge === 'continue'
          ? VerticalMergeType.CONTINUE
          : undefined,
    verticalAlign: VerticalAlign.CENTER,
    shading: v.shaded ? { type: ShadingType.CLEAR, fill: 'D9D9D9', color: 'auto' } : undefined,
    // One paragraph per line: a justified line ending in a manual break would be stretched.
    children: v.text
      .split('\n')
      .map((t) =>
        cellParagraph(
          t,
          { size, bold: header || v.bold, italics: v.italics },
          v.align ?? (header ? 'center' : align),
          keepNext,
        ),
      ),
  });
}

/**
 * A bordered data table with a fixed grid: columnWidths + DXA cell widths + fixed layout, the only
 * combination LibreOffice renders with the intended widths. The header row repeats on each page.
 */
export function dataTable(
  columns: readonly Column[],
  rows: readonly (readonly CellValue[])[],
  size: number,
  options: { readonly headerRows?: readonly (readonly CellValue[])[] } = {},
): Table {
  const widths = columns.map((c) => c.width);
  const spanWidth = (from: number, span: number) =>
    widths.slice(from, from + span).reduce((a, b) => a + b, 0);
  // Rows never split; the last keeps with what follows, so a signature below never goes over alone.
  const makeRow = (values: readonly CellValue[], header: boolean, last = false) => {
    let col = 0;
    const cells = values.map((v) => {
      const span = typeof v === 'string' ? 1 : (v.span ?? 1);
      const c = cell(v, spanWidth(col, span), size, columns[col]?.align ?? 'left', header, header || last);
      col += span;
      return c;
    });
    return new TableRow({ cantSplit: true, tableHeader: header, children: cells });
  };
  const headerRows = options.headerRows ?? [columns.map((c) => c.header)];
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    // Cell padding once per table (tblCellMar) rather than per cell: fewer elements to compile.
    margins: { left: CELL_MARGIN.left, right: CELL_MARGIN.right, top: 0, bottom: 0 },
    borders: {
      top: BORDER,
      bottom: BORDER,
      left: BORDER,
      right: BORDER,
      insideHorizontal: BORDER,
      insideVertical: BORDER,
    },
    rows: [
      ...headerRows.map((r) => makeRow(r, true)),
      ...rows.map((r, i) => makeRow(r, false, i === rows.length - 1)),
    ],
  });
}

/** Splits `total` twips by weights, giving the rounding remainder to the last column. */
export function widthsByWeight(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.floor((total * w) / sum));
  const last = out.length - 1;
  out[last] = (out[last] ?? 0) + total - out.reduce((a, b) => a + b, 0);
  return out;
}
