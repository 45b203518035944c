import { strFromU8, unzipSync } from 'fflate';

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of every <t> in an XML fragment, joined (a shared string or an inline one). */
const texts = (xml: string) =>
  [...xml.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((m) => unescapeXml(m[1] ?? '')).join('');

/** "B12" → 1 (zero-based column). */
function columnOf(ref: string): number {
  const letters = ref.replace(/\d+$/, '');
  return [...letters].reduce((n, c) => n * 26 + (c.charCodeAt(0) - 64), 0) - 1;
}

/** A cell as the file holds it: text, or a number (dates and percentages are numbers with a format). */
export type XlsxCell = string | number | null;

/**
 * The first sheet of an .xlsx as rows of cells, read from the file's own XML (shared strings, inline
 * strings, numbers): what Excel shows before formatting.
 */
export function xlsxRows(bytes: Uint8Array): XlsxCell[][] {
  const files = unzipSync(bytes);
  const sheetName = Object.keys(files)
    .filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
    .sort()[0];
  if (!sheetName) throw new Error('not an .xlsx: no worksheet');
  const shared = files['xl/sharedStrings.xml']
    ? [...strFromU8(files['xl/sharedStrings.xml']).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
        texts(m[1] ?? ''),
      )
    : [];
  const sheet = strFromU8(files[sheetName] as Uint8Array);
  return [...sheet.matchAll(/<row[^>]*>([\s\S]*?)<\/row>/g)].map((row) => {
    const cells: XlsxCell[] = [];
    for (const cell of (row[1] ?? '').matchAll(/<c\s([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = cell[1] ?? '';
      const body = cell[2] ?? '';
      const ref = /r="([A-Z]+\d+)"/.exec(attrs)?.[1];
      const type = /t="([^"]+)"/.exec(attrs)?.[1];
      const value = /<v>([^<]*)<\/v>/.exec(body)?.[1];
      const index = ref ? columnOf(ref) : cells.length;
      while (cells.length < index) cells.push(null);
      cells[index] =
        type === 's'
          ? (shared[Number(value)] ?? null)
          : type === 'inlineStr'
            ? texts(body)
            : type === 'str' || type === 'b'
              ? unescapeXml(value ?? '')
              : value === undefined
                ? null
                : Number(value);
    }
    return cells;
  });
}
