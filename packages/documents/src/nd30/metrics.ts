// Advance widths (units of 1/2048 em) of Liberation Serif, metric-compatible with Times New Roman,
// for ASCII 32–126. Used only to size the rules under headings, which ND 30 ties to the text length.
const REGULAR = [
  512, 682, 836, 1024, 1024, 1706, 1593, 369, 682, 682, 1024, 1155, 512, 682, 512, 569, 1024, 1024, 1024,
  1024, 1024, 1024, 1024, 1024, 1024, 1024, 569, 569, 1155, 1155, 1155, 909, 1886, 1479, 1366, 1366, 1479,
  1251, 1139, 1479, 1479, 682, 797, 1479, 1251, 1821, 1479, 1479, 1139, 1479, 1366, 1139, 1251, 1479, 1479,
  1933, 1479, 1479, 1251, 682, 569, 682, 961, 1024, 682, 909, 1024, 909, 1024, 909, 682, 1024, 1024, 569, 569,
  1024, 569, 1593, 1024, 1024, 1024, 1024, 682, 797, 569, 1024, 1024, 1479, 1024, 1024, 909, 983, 410, 983,
  1108,
] as const;
const BOLD = [
  512, 682, 1137, 1024, 1024, 2048, 1706, 569, 682, 682, 1024, 1167, 512, 682, 512, 569, 1024, 1024, 1024,
  1024, 1024, 1024, 1024, 1024, 1024, 1024, 682, 682, 1167, 1167, 1167, 1024, 1905, 1479, 1366, 1479, 1479,
  1366, 1251, 1593, 1593, 797, 1024, 1593, 1366, 1933, 1479, 1593, 1251, 1593, 1479, 1139, 1366, 1479, 1479,
  2048, 1479, 1479, 1366, 682, 569, 682, 1190, 1024, 682, 1024, 1139, 909, 1139, 909, 682, 1024, 1139, 569,
  682, 1139, 569, 1706, 1139, 1024, 1139, 1139, 909, 797, 682, 1139, 1024, 1479, 1024, 1024, 909, 807, 451,
  807, 1065,
] as const;
// Letters that do not decompose to an ASCII base, or whose horn widens the base.
const SPECIAL_REGULAR: Record<string, number> = { Đ: 1479, đ: 1024, Ơ: 1479, ơ: 1083, Ư: 1589, ư: 1110 };
const SPECIAL_BOLD: Record<string, number> = { Đ: 1479, đ: 1139, Ơ: 1593, ơ: 1134, Ư: 1630, ư: 1229 };
const HORN = '\u031B';
const UNITS_PER_EM = 2048;

function charWidth(ch: string, bold: boolean): number {
  const special = bold ? SPECIAL_BOLD : SPECIAL_REGULAR;
  const direct = special[ch];
  if (direct !== undefined) return direct;
  // Vietnamese letters: the base letter's width; tone marks do not change the advance.
  const decomposed = ch.normalize('NFD');
  const base = decomposed.charAt(0);
  if (decomposed.includes(HORN)) return special[`${base}${HORN}`.normalize('NFC')] ?? 1024;
  const code = base.charCodeAt(0);
  const table = bold ? BOLD : REGULAR;
  return table[code - 32] ?? 1024;
}

/** Width in twips of one line of text at `sizePt`. */
export function textWidthTwips(text: string, sizePt: number, bold: boolean): number {
  let units = 0;
  for (const ch of text.normalize('NFC')) units += charWidth(ch, bold);
  return Math.round((units / UNITS_PER_EM) * sizePt * 20);
}
