import { AlignmentType, type IParagraphOptions, Paragraph, TextRun } from 'docx';
import { nfc } from '../format/text';
import { FONT } from './constants';

export interface RunStyle {
  readonly size: number;
  readonly bold?: boolean;
  readonly italics?: boolean;
}

/** Every run names the font and size explicitly: LibreOffice and the checker never fall back to defaults. */
export function runs(text: string, style: RunStyle): TextRun[] {
  return (
    nfc(text)
      // "88,89 %" must not break before the sign.
      .replace(/(\d) %/g, '$1\u00A0%')
      .split('\n')
      .map(
        (line, i) =>
          new TextRun({
            text: line,
            font: FONT,
            size: style.size * 2,
            // Only "on" flags are written: every element costs docx compile time, and off is the default.
            bold: style.bold || undefined,
            italics: style.italics || undefined,
            // Vietnamese is not a complex script: skip the *Cs twins docx writes by default.
            boldComplexScript: false,
            italicsComplexScript: false,
            sizeComplexScript: false,
            break: i > 0 ? 1 : undefined,
          }),
      )
  );
}

export type Align = 'left' | 'center' | 'right' | 'justify';

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

export interface LineOptions extends RunStyle {
  readonly align?: Align;
  readonly before?: number;
  readonly after?: number;
  readonly keepNext?: boolean;
  readonly indent?: IParagraphOptions['indent'];
}

/** One paragraph of a single style, with tight spacing (header lines, titles, signatures). */
export function line(text: string, options: LineOptions): Paragraph {
  return new Paragraph({
    alignment: ALIGN[options.align ?? 'center'],
    spacing: { before: options.before ?? 0, after: options.after ?? 0 },
    keepNext: options.keepNext || undefined,
    indent: options.indent,
    // An empty line's height comes from its paragraph mark, so only then does the mark carry font and size.
    run: text === '' ? { font: FONT, size: options.size * 2 } : undefined,
    children: text === '' ? [] : runs(text, options),
  });
}

/** A paragraph made of differently styled pieces, e.g. "Kính gửi:" + recipient. */
export function mixed(
  pieces: readonly (readonly [string, RunStyle])[],
  options: Omit<LineOptions, keyof RunStyle> & { readonly size: number },
): Paragraph {
  return new Paragraph({
    alignment: ALIGN[options.align ?? 'left'],
    spacing: { before: options.before ?? 0, after: options.after ?? 0 },
    keepNext: options.keepNext || undefined,
    indent: options.indent,
    children: pieces.flatMap(([text, style]) => runs(text, style)),
  });
}

/** An empty line, used as vertical space (e.g. room for a handwritten signature). */
export const blank = (size: number, count = 1): Paragraph[] =>
  Array.from({ length: count }, () => line('', { size }));
