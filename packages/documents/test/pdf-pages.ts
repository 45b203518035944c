// Finds rendered pages that hold nothing but a signature block: the text of a record's signature
// tables (from its document.xml) against the words pdftotext reads on each page of its PDF.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertToPdf, findPdftotext, findSoffice, pdfPageTexts } from '../src/cli/libreoffice';
import { attr, child, findAll, kids, openDocx, tagOf, textOf, type XNode } from './ooxml';

/** Fewer words than a line of body text besides the signatures: the page holds only the signing. */
const MIN_OTHER_WORDS = 10;

const words = (text: string): string[] =>
  text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

const borderless = (tbl: XNode): boolean =>
  attr(child(child(child(tbl, 'w:tblPr'), 'w:tblBorders'), 'w:top'), 'w:val') === 'none';

/** Words of the signature tables (Nơi nhận, titles, names): borderless tables other than the header. */
function signatureWords(docx: Uint8Array): Set<string> {
  const body = findAll(openDocx(docx).xml('word/document.xml'), 'w:body')[0];
  const tables = kids(body ?? {}).filter((k) => tagOf(k) === 'w:tbl' && borderless(k));
  const texts = tables
    .map((t) => findAll([t], 'w:p').map(textOf))
    .filter((lines) => !lines.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))
    .flat();
  return new Set(texts.flatMap(words));
}

/** 1-based numbers of the pages whose words are (almost) all signature words. */
export function signatureOnlyPages(pages: readonly string[], signature: ReadonlySet<string>): number[] {
  const out: number[] = [];
  pages.forEach((page, i) => {
    // The page number in the top margin is not content.
    const all = words(page.replace(/^\s*\d+\s*\n/, ''));
    const signed = all.filter((w) => signature.has(w));
    if (signed.length > 0 && all.length - signed.length < MIN_OTHER_WORDS) out.push(i + 1);
  });
  return out;
}

export interface Rendered {
  readonly name: string;
  /** Text of each page; empty when LibreOffice produced no PDF. */
  readonly pages: readonly string[];
  /** Pages holding only a signature block. */
  readonly signatureOnly: readonly number[];
}

/** The rendering tools, or null when LibreOffice or poppler is not installed. */
export async function renderingTools(): Promise<{ soffice: string; pdftotext: string } | null> {
  const [soffice, pdftotext] = await Promise.all([findSoffice(), findPdftotext()]);
  return soffice && pdftotext ? { soffice, pdftotext } : null;
}

/** Renders .docx records through LibreOffice in one call and reads each page back. */
export async function renderRecords(
  files: readonly { readonly name: string; readonly bytes: Uint8Array }[],
  tools: { soffice: string; pdftotext: string },
): Promise<Rendered[]> {
  const dir = await mkdtemp(join(tmpdir(), 'thidua-render-'));
  try {
    const paths = files.map((f, i) => join(dir, `${String(i).padStart(3, '0')}-${f.name}`));
    await Promise.all(files.map((f, i) => writeFile(paths[i] as string, f.bytes)));
    await convertToPdf(tools.soffice, paths, dir);
    return await Promise.all(
      files.map(async (f, i) => {
        const pdf = (paths[i] as string).replace(/\.docx$/, '.pdf');
        const pages = await pdfPageTexts(tools.pdftotext, pdf).catch(() => []);
        return { name: f.name, pages, signatureOnly: signatureOnlyPages(pages, signatureWords(f.bytes)) };
      }),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
