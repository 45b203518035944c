import { isInvisibleFormat } from '../../schemas/chars';

/**
 * The file types accepted as uploads, each tied to its extensions and to what its first bytes must
 * be. A file passes only when its name's extension, the type the browser declared and its content
 * all name the same type: a `%PDF-` file named `.html`, `.svg` or `.exe` is refused.
 */
export interface FileType {
  contentType: string;
  /** The extension stored names get. */
  extension: string;
  /** Extensions a name may have (lower case, without the dot). */
  extensions: readonly string[];
  /** The first bytes the content must start with. */
  magic: readonly number[];
  /** Office Open XML: a zip that must hold this part (and is checked as an archive). */
  ooxmlPart?: string;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];

const fileTypes: readonly FileType[] = [
  {
    contentType: 'application/pdf',
    extension: 'pdf',
    extensions: ['pdf'],
    magic: [0x25, 0x50, 0x44, 0x46, 0x2d],
  },
  {
    contentType: 'image/png',
    extension: 'png',
    extensions: ['png'],
    magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  },
  { contentType: 'image/jpeg', extension: 'jpg', extensions: ['jpg', 'jpeg'], magic: [0xff, 0xd8, 0xff] },
  {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
    extensions: ['docx'],
    magic: ZIP,
    ooxmlPart: 'word/document.xml',
  },
  {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx',
    extensions: ['xlsx'],
    magic: ZIP,
    ooxmlPart: 'xl/workbook.xml',
  },
];

export function fileTypeOf(contentType: string): FileType | undefined {
  return fileTypes.find((type) => type.contentType === contentType);
}

/** The extension of a name, lower case ('' without one). */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

export function startsWithMagic(type: FileType, head: Uint8Array): boolean {
  return head.length >= type.magic.length && type.magic.every((byte, i) => head[i] === byte);
}

/** Controls, bidi and zero-width characters, and what file systems and headers treat specially. */
function unsafeInName(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return c < 0x20 || (c >= 0x7f && c <= 0x9f) || isInvisibleFormat(c) || '/\\:*?"<>|'.includes(ch);
}
const BASE_MAX = 150;

/**
 * The name a file is stored and shown under: the typed name, NFC, without control and invisible
 * characters or path and shell specials, spaces collapsed, cut to a sane length, ending in the
 * extension of its checked type. Undefined when nothing readable is left.
 */
export function storedFileName(fileName: string, type: FileType): string | undefined {
  // Code points, so a lone surrogate (invalid text) is dropped and a pair is never cut in two.
  const cleaned = Array.from(fileName.normalize('NFC'))
    .filter((ch) => !(ch.length === 1 && ch >= '\ud800' && ch <= '\udfff'))
    .map((ch) => (unsafeInName(ch) ? ' ' : ch))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  const ext = extensionOf(cleaned);
  const stem = (type.extensions.includes(ext) ? cleaned.slice(0, -(ext.length + 1)) : cleaned).replace(
    /^[.\s]+|[.\s]+$/g,
    '',
  );
  const base = Array.from(stem).slice(0, BASE_MAX).join('').trim();
  return base ? `${base}.${type.extension}` : undefined;
}
