import { AlignmentType, BorderStyle, LineRuleType, Paragraph } from 'docx';
import { FONT, RULE } from './constants';
import { textWidthTwips } from './metrics';

/**
 * A horizontal rule of `length` twips, centred in `available` twips: an empty paragraph whose bottom border
 * is narrowed by indents. Word and LibreOffice both draw it this way, unlike shapes or underlines.
 */
export function rule(length: number, available: number): Paragraph {
  const side = Math.max(0, Math.round((available - length) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 40, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: RULE.size, space: RULE.space, color: '000000' } },
    run: { font: FONT, size: 2 },
    children: [],
  });
}

/** Width of the longest line of a (possibly multi-line) text. */
export const longestLine = (text: string, sizePt: number, bold: boolean): number =>
  Math.max(...text.split('\n').map((l) => textWidthTwips(l, sizePt, bold)));

/** ND 30: the rule under the issuer and the trích yếu is 1/3–1/2 of the text; 40 % sits safely inside. */
export const SHORT_RULE_RATIO = 0.4;
