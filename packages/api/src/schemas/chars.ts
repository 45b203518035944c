/**
 * Characters no stored text may hold: C0/C1 controls other than tab and line breaks (PostgreSQL
 * refuses NUL outright), unpaired surrogates (invalid UTF-16, unencodable as UTF-8), and the
 * invisible format characters: bidirectional controls, which make a name read reversed on the
 * conference screen or a file name end in another extension than it shows, and zero-width
 * characters, which make two names look alike. Vietnamese text needs none of them.
 */
export function hasForbiddenChars(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 0x09 || c === 0x0a || c === 0x0d) continue;
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return true;
    if (isInvisibleFormat(c)) return true;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return true;
      i++;
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}

/** Bidi controls (ALM, LRM, RLM, LRE…RLO, LRI…PDI), zero-width characters, line/paragraph separators. */
export function isInvisibleFormat(c: number): boolean {
  return (
    c === 0x061c ||
    c === 0x180e ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x2028 && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2069) ||
    c === 0xfeff
  );
}
