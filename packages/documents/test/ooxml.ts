// A small reader over word/*.xml for the format checker: ordered XML nodes and the few queries we need.
import { XMLParser } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';

export type XNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
});

const parseXml = (xml: string): XNode[] => parser.parse(xml) as XNode[];

export const tagOf = (n: XNode): string => Object.keys(n).find((k) => k !== ':@') ?? '';
export const kids = (n: XNode): XNode[] => (n[tagOf(n)] as XNode[] | undefined) ?? [];
export const attr = (n: XNode | undefined, name: string): string | undefined =>
  (n?.[':@'] as Record<string, string> | undefined)?.[name];

export function findAll(nodes: readonly XNode[], tag: string, out: XNode[] = []): XNode[] {
  for (const n of nodes) {
    const t = tagOf(n);
    if (t === tag) out.push(n);
    if (t !== '#text') findAll(kids(n), tag, out);
  }
  return out;
}

export const child = (n: XNode | undefined, tag: string): XNode | undefined =>
  n ? kids(n).find((k) => tagOf(k) === tag) : undefined;

/** Paragraph text, with w:br as "\n". */
export function textOf(p: XNode): string {
  let s = '';
  const walk = (nodes: readonly XNode[]) => {
    for (const n of nodes) {
      const t = tagOf(n);
      if (t === 'w:t')
        s += kids(n)
          .map((k) => String(k['#text'] ?? ''))
          .join('');
      else if (t === 'w:br') s += '\n';
      else if (t !== '#text' && t !== 'w:pPr' && t !== 'w:rPr') walk(kids(n));
    }
  };
  walk(kids(p));
  return s;
}

const on = (el: XNode | undefined): boolean => {
  if (!el) return false;
  const v = attr(el, 'w:val');
  return v === undefined || !['false', '0', 'off'].includes(v);
};

export interface RunProps {
  readonly text: string;
  readonly font: string | undefined;
  readonly fontHAnsi: string | undefined;
  readonly halfPoints: number | undefined;
  readonly bold: boolean;
  readonly italic: boolean;
}

/** Runs with text (or a field) of a paragraph, with their explicit properties. */
export function runsOf(p: XNode): RunProps[] {
  return findAll(kids(p), 'w:r').map((r) => {
    const rPr = child(r, 'w:rPr');
    const fonts = child(rPr, 'w:rFonts');
    const sz = attr(child(rPr, 'w:sz'), 'w:val');
    return {
      text: findAll(kids(r), 'w:t')
        .map((t) =>
          kids(t)
            .map((k) => String(k['#text'] ?? ''))
            .join(''),
        )
        .join(''),
      font: attr(fonts, 'w:ascii'),
      fontHAnsi: attr(fonts, 'w:hAnsi'),
      halfPoints: sz === undefined ? undefined : Number(sz),
      bold: on(child(rPr, 'w:b')),
      italic: on(child(rPr, 'w:i')),
    };
  });
}

export const pPrOf = (p: XNode) => child(p, 'w:pPr');

export interface Docx {
  readonly files: Record<string, Uint8Array>;
  readonly text: (path: string) => string;
  readonly xml: (path: string) => XNode[];
}

export function openDocx(bytes: Uint8Array): Docx {
  const files = unzipSync(bytes);
  const text = (path: string) => {
    const f = files[path];
    if (!f) throw new Error(`missing part ${path}`);
    return strFromU8(f);
  };
  return { files, text, xml: (path) => parseXml(text(path)) };
}
