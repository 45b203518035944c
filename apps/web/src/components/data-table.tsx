import { Table, type TableProps, type TableTdProps, type TableTrProps } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';

/** One column: its heading and how a row fills its cell. */
export interface Column<Row> {
  header: string;
  /** Defaults to the header; needed only where two columns share a heading. */
  key?: string;
  w?: number;
  /** Figures: right-aligned with tabular digits, heading included. */
  numeric?: boolean;
  /** The cell that names its row (`<th scope="row">`): screen readers announce it with every other cell. */
  rowHeader?: boolean;
  cell: (row: Row, index: number) => ReactNode;
  cellProps?: (row: Row) => CellStyle;
}

/** What a cell may set beyond the column's defaults (a row header's weight, a warning colour). */
type CellStyle = Pick<TableTdProps, 'c' | 'fw' | 'className'>;

/** Rows under a heading row, as the printed criteria tables group them (I, II, …). */
interface RowGroup<Row> {
  key: string;
  code: string;
  title: string;
  /** Shown after the title in the heading row; the title then spans `titleSpan` columns, not all. */
  summary?: { titleSpan: number; content: ReactNode };
  rows: Row[];
}

type Body<Row> = { rows: Row[]; groups?: never } | { groups: RowGroup<Row>[]; rows?: never };

type Props<Row> = Omit<TableProps, 'children'> &
  Body<Row> & {
    'aria-label': string;
    /** `false` leaves a column out (one shown only to some users or in some states). */
    columns: (Column<Row> | false)[];
    rowKey: (row: Row) => string;
    rowProps?: (row: Row) => TableTrProps;
  };

/**
 * A table declared by its columns, bordered. A table with a minimum width (`miw`) scrolls sideways on
 * a narrow screen instead of squeezing its columns.
 */
export function DataTable<Row>({ columns, rows, groups, rowKey, rowProps, ...tableProps }: Props<Row>) {
  const shown = columns.filter((column): column is Column<Row> => column !== false);
  const row = (item: Row, index: number) => (
    <Table.Tr key={rowKey(item)} {...rowProps?.(item)}>
      {shown.map((column) => (
        <Cell key={column.key ?? column.header} column={column} row={item} index={index} />
      ))}
    </Table.Tr>
  );
  const table = (
    <Table withTableBorder {...tableProps}>
      <Table.Thead>
        <Table.Tr>
          {shown.map((column) => (
            <Table.Th
              key={column.key ?? column.header}
              scope="col"
              w={column.w}
              ta={column.numeric ? 'right' : undefined}
            >
              {column.header}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows?.map(row)}
        {groups?.map((group) => (
          <Fragment key={group.key}>
            <Table.Tr bg="gray.1">
              <Table.Th scope="rowgroup">{group.code}</Table.Th>
              <Table.Th scope="rowgroup" colSpan={group.summary?.titleSpan ?? shown.length - 1}>
                {group.title}
              </Table.Th>
              {group.summary && (
                <Table.Td colSpan={shown.length - 1 - group.summary.titleSpan}>
                  {group.summary.content}
                </Table.Td>
              )}
            </Table.Tr>
            {group.rows.map(row)}
          </Fragment>
        ))}
      </Table.Tbody>
    </Table>
  );
  // A native scrolling box (no scrollbar component to load): it takes the keyboard focus, so it can
  // be scrolled without a mouse.
  return tableProps.miw === undefined ? (
    table
  ) : (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <div className="table-scroll" tabIndex={0}>
      {table}
    </div>
  );
}

function Cell<Row>({ column, row, index }: { column: Column<Row>; row: Row; index: number }) {
  const numeric = column.numeric ? ({ ta: 'right', className: 'tabular' } as const) : {};
  const props = { ...numeric, ...column.cellProps?.(row) };
  return column.rowHeader ? (
    <Table.Th scope="row" fw={500} {...props}>
      {column.cell(row, index)}
    </Table.Th>
  ) : (
    <Table.Td {...props}>{column.cell(row, index)}</Table.Td>
  );
}
