import { AlignmentType, LineRuleType, Paragraph } from 'docx';
import { nfc, upper } from '../format/text';
import type { Addressee, Section } from '../types';
import { BODY, CONTENT_WIDTH, type Orientation, SIZE } from './constants';
import { longestLine, rule, SHORT_RULE_RATIO } from './rule';
import { line, mixed, type RunStyle, runs } from './text';

export interface BodyOptions {
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly keepNext?: boolean;
}

/** Body text: justified, first-line indent 1 cm, 6 pt after, line spacing 1.15. */
export function bodyParagraph(
  content: string | readonly (readonly [string, RunStyle])[],
  options: BodyOptions = {},
) {
  const style: RunStyle = { size: SIZE.body, bold: options.bold ?? false, italics: options.italics ?? false };
  const children =
    typeof content === 'string' ? runs(content, style) : content.flatMap(([text, s]) => runs(text, s));
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: BODY.firstLine },
    spacing: { before: 0, after: BODY.after, line: BODY.line, lineRule: LineRuleType.AUTO },
    keepNext: options.keepNext || undefined,
    children,
  });
}

/** Tên loại (bold upper) + trích yếu (bold) + a short rule under the trích yếu. */
export function documentTitle(
  type: string,
  subject: string | undefined,
  orientation: Orientation = 'portrait',
) {
  const width = CONTENT_WIDTH[orientation];
  const out = [line(upper(type), { size: SIZE.docType, bold: true, before: 240, keepNext: true })];
  if (subject) {
    out.push(line(nfc(subject), { size: SIZE.subject, bold: true, keepNext: true }));
    out.push(rule(Math.round(longestLine(nfc(subject), SIZE.subject, true) * SHORT_RULE_RATIO), width));
  }
  out.push(line('', { size: SIZE.body, after: 120 }));
  return out;
}

/** "Kính gửi: …" centred; with `via`, "(qua …)" on the following line as the practice writes it. */
export function addresseeLines(addressee: Addressee): Paragraph[] {
  const out = [
    mixed(
      [
        ['Kính gửi: ', { size: SIZE.body }],
        [addressee.to, { size: SIZE.body }],
      ],
      { size: SIZE.body, align: 'center', after: addressee.via ? 0 : 240 },
    ),
  ];
  if (addressee.via) out.push(line(`(qua ${addressee.via})`, { size: SIZE.body, after: 240 }));
  return out;
}

/** Căn cứ lines: italic, one per paragraph, ";" after each and "." after the last. */
export function legalBasisLines(bases: readonly string[], lastMark: ';' | '.' = '.'): Paragraph[] {
  return bases.map((b, i) => {
    const text = b.trim().replace(/[;.,]+$/, '');
    return bodyParagraph(`${text}${i === bases.length - 1 ? lastMark : ';'}`, { italics: true });
  });
}

/** Headings carry their own numbering; level 0 is bold upper-case-as-given, deeper levels bold. */
export function sectionParagraphs(sections: readonly Section[], depth = 0): Paragraph[] {
  return sections.flatMap((s) => [
    ...(s.heading ? [bodyParagraph(s.heading, { bold: true, italics: depth >= 2, keepNext: true })] : []),
    ...(s.paragraphs ?? []).map((p) => bodyParagraph(p)),
    ...(s.items ?? []).map((p) => bodyParagraph(`- ${p}`)),
    ...sectionParagraphs(s.children ?? [], depth + 1),
  ]);
}

/** A centred bold heading inside the body (e.g. "QUYẾT ĐỊNH:"). */
export const centredHeading = (text: string, before = 120) =>
  line(text, { size: SIZE.body, bold: true, before, after: 120, keepNext: true });
