import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  capitalizeFirst,
  cleanText,
  nfc,
  nonEmptyTextSchema,
  normalizeStrings,
  textSchema,
  upperVi,
} from './text';

const decomposed = 'Ba\u0306\u0301c Ka\u0323n'; // "Bắc Kạn" typed as NFD
const composed = 'Bắc Kạn';

describe('NFC', () => {
  it('composes decomposed Vietnamese', () => {
    expect(decomposed).not.toBe(composed);
    expect(nfc(decomposed)).toBe(composed);
  });

  it('is idempotent, and cleanText is too', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(nfc(nfc(s))).toBe(nfc(s));
        expect(cleanText(cleanText(s))).toBe(cleanText(s));
      }),
    );
  });

  it('zod helpers normalise and trim; nonEmpty refuses blanks', () => {
    const schema = z.object({ name: nonEmptyTextSchema(), note: textSchema() });
    expect(schema.parse({ name: `  ${decomposed} `, note: ' x ' })).toEqual({ name: composed, note: 'x' });
    const bad = schema.safeParse({ name: '   ', note: '' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('Không được để trống.');
  });

  it('normalises every string inside plain data', () => {
    expect(normalizeStrings({ a: [` ${decomposed}`], b: { c: decomposed }, n: 1 })).toEqual({
      a: [composed],
      b: { c: composed },
      n: 1,
    });
  });

  it('upper-cases for ND 30 headers', () => {
    expect(upperVi('Khối thi đua Nội chính')).toBe('KHỐI THI ĐUA NỘI CHÍNH');
    expect(capitalizeFirst('mười tám')).toBe('Mười tám');
  });
});
