import type { Cell, SheetData } from 'write-excel-file/browser';

export type { SheetData };

/** A header row: each title in bold. */
export const headerRow = (titles: readonly string[]): Cell[] =>
  titles.map((value) => ({ value, fontWeight: 'bold' as const }));

/**
 * Saves one sheet as an .xlsx file with its header row kept in view; the library loads only when
 * someone exports.
 */
export async function saveSheet(
  data: SheetData,
  options: { sheet: string; fileName: string; widths: readonly number[] },
): Promise<void> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  await writeXlsxFile(data, {
    sheet: options.sheet,
    dateFormat: 'dd/mm/yyyy',
    stickyRowsCount: 1,
    columns: options.widths.map((width) => ({ width })),
  }).toFile(options.fileName);
}
