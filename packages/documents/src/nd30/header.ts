import { type Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import { upper } from '../format/text';
import type { Issuer } from '../types';
import { CELL_MARGIN, CONTENT_WIDTH, type Orientation, SIZE } from './constants';
import { longestLine, rule, SHORT_RULE_RATIO } from './rule';
import { line } from './text';

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** Left/right header columns (≈ 40/60): the right one fits the Quốc hiệu on one line. */
export function headerColumns(orientation: Orientation): readonly [number, number] {
  const total = CONTENT_WIDTH[orientation];
  const left = orientation === 'portrait' ? 3686 : 5386;
  return [left, total - left];
}

export interface HeaderOptions {
  readonly issuer: Issuer;
  /** "Số: 05/TTr-KTĐNC"; omitted on records without a number (ballot, attached lists). */
  readonly numberLine?: string;
  /** "Bắc Kạn, ngày 04 tháng 01 năm 2023"; omitted on Biên bản (Mẫu 1.9). */
  readonly dateLine?: string;
  readonly orientation?: Orientation;
  /** A record issued again for the same step: "Bản 2" under the number; nothing on the first. */
  readonly version?: number;
}

const inner = (width: number): number => width - CELL_MARGIN.left - CELL_MARGIN.right;

function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    children: children.length > 0 ? children : [line('', { size: SIZE.number })],
  });
}

function issuerColumn(issuer: Issuer, width: number): Paragraph[] {
  const name = upper(issuer.name);
  const ruleLength = Math.round(longestLine(name, SIZE.issuer, true) * SHORT_RULE_RATIO);
  return [
    ...(issuer.parent ? [line(upper(issuer.parent), { size: SIZE.parentAgency })] : []),
    line(name, { size: SIZE.issuer, bold: true }),
    rule(ruleLength, inner(width)),
  ];
}

function nationalColumn(width: number): Paragraph[] {
  return [
    line(NATIONAL_TITLE, { size: SIZE.nationalTitle, bold: true }),
    line(MOTTO, { size: SIZE.motto, bold: true }),
    // Tiêu ngữ: a solid rule as long as the text.
    rule(longestLine(MOTTO, SIZE.motto, true), inner(width)),
  ];
}

/**
 * The two-column borderless header of every ND 30 record. Fixed layout with DXA widths everywhere,
 * or LibreOffice splits the columns equally.
 */
export function headerTable(options: HeaderOptions): Table {
  const [left, right] = headerColumns(options.orientation ?? 'portrait');
  const rows = [
    new TableRow({
      children: [cell(left, issuerColumn(options.issuer, left)), cell(right, nationalColumn(right))],
    }),
  ];
  const versionLine =
    options.version !== undefined && options.version > 1 ? `Bản ${options.version}` : undefined;
  if (options.numberLine !== undefined || options.dateLine !== undefined || versionLine) {
    rows.push(
      new TableRow({
        children: [
          cell(left, [
            ...(options.numberLine ? [line(options.numberLine, { size: SIZE.number, before: 120 })] : []),
            ...(versionLine
              ? [
                  line(versionLine, {
                    size: SIZE.number,
                    italics: true,
                    before: options.numberLine ? 0 : 120,
                  }),
                ]
              : []),
          ]),
          cell(
            right,
            options.dateLine
              ? [line(options.dateLine, { size: SIZE.dateLine, italics: true, before: 120 })]
              : [],
          ),
        ],
      }),
    );
  }
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: left + right, type: WidthType.DXA },
    columnWidths: [left, right],
    margins: { left: CELL_MARGIN.left, right: CELL_MARGIN.right, top: 0, bottom: 0 },
    borders: TableBorders.NONE,
    rows,
  });
}
