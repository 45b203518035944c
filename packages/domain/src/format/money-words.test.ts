import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors';
import { moneyInWords, readNumberVi } from './money-words';

const table: [number, string][] = [
  [0, 'không'],
  [1, 'một'],
  [5, 'năm'],
  [10, 'mười'],
  [11, 'mười một'],
  [14, 'mười bốn'],
  [15, 'mười lăm'],
  [20, 'hai mươi'],
  [21, 'hai mươi mốt'],
  [24, 'hai mươi tư'],
  [25, 'hai mươi lăm'],
  [55, 'năm mươi lăm'],
  [99, 'chín mươi chín'],
  [100, 'một trăm'],
  [101, 'một trăm linh một'],
  [104, 'một trăm linh bốn'],
  [105, 'một trăm linh năm'],
  [110, 'một trăm mười'],
  [111, 'một trăm mười một'],
  [115, 'một trăm mười lăm'],
  [121, 'một trăm hai mươi mốt'],
  [1000, 'một nghìn'],
  [1001, 'một nghìn không trăm linh một'],
  [1010, 'một nghìn không trăm mười'],
  [1015, 'một nghìn không trăm mười lăm'],
  [1100, 'một nghìn một trăm'],
  [10_000, 'mười nghìn'],
  [15_000, 'mười lăm nghìn'],
  [21_000, 'hai mươi mốt nghìn'],
  [100_000, 'một trăm nghìn'],
  [105_000, 'một trăm linh năm nghìn'],
  [1_000_000, 'một triệu'],
  [1_000_005, 'một triệu không trăm linh năm'],
  [1_005_000, 'một triệu không trăm linh năm nghìn'],
  [1_490_000, 'một triệu bốn trăm chín mươi nghìn'],
  [2_340_000, 'hai triệu ba trăm bốn mươi nghìn'],
  [4_680_000, 'bốn triệu sáu trăm tám mươi nghìn'],
  [18_720_000, 'mười tám triệu bảy trăm hai mươi nghìn'],
  [100_000_000, 'một trăm triệu'],
  [1_000_000_000, 'một tỷ'],
  [1_000_000_001, 'một tỷ không trăm linh một'],
  [2_500_000_000, 'hai tỷ năm trăm triệu'],
  [1_000_000_000_000, 'một nghìn tỷ'],
  [
    1_234_567_891_011,
    'một nghìn hai trăm ba mươi tư tỷ năm trăm sáu mươi bảy triệu tám trăm chín mươi mốt nghìn không trăm mười một',
  ],
];

/** A reader of our own output, written independently, for round trips. */
function parseVi(words: string): number {
  const digits: Record<string, number> = {
    không: 0,
    một: 1,
    mốt: 1,
    hai: 2,
    ba: 3,
    bốn: 4,
    tư: 4,
    năm: 5,
    lăm: 5,
    sáu: 6,
    bảy: 7,
    tám: 8,
    chín: 9,
  };
  let total = 0; // completed tỷ-blocks
  let belowBillion = 0; // completed nghìn/triệu groups below tỷ
  let group = 0; // the current 0..999 group
  let pending = 0; // a digit waiting for its multiplier
  for (const w of words.split(' ')) {
    if (w in digits) pending = digits[w] ?? 0;
    else if (w === 'trăm') {
      group += pending * 100;
      pending = 0;
    } else if (w === 'mươi') {
      group += pending * 10;
      pending = 0;
    } else if (w === 'mười') {
      group += 10;
      pending = 0;
    } else if (w === 'linh') pending = 0;
    else if (w === 'nghìn') {
      belowBillion += (group + pending) * 1000;
      group = 0;
      pending = 0;
    } else if (w === 'triệu') {
      const value = group + pending;
      // "triệu tỷ" handled by 'tỷ' multiplying everything before it.
      belowBillion = belowBillion * 1 + value * 1_000_000;
      group = 0;
      pending = 0;
    } else if (w === 'tỷ') {
      total = (total + belowBillion + group + pending) * 1_000_000_000;
      belowBillion = 0;
      group = 0;
      pending = 0;
    } else throw new Error(`unknown word ${w}`);
  }
  return total + belowBillion + group + pending;
}

describe('readNumberVi', () => {
  it.each(table)('%d → %s', (n, words) => {
    expect(readNumberVi(n)).toBe(words);
  });

  it('round-trips through an independent parser', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => {
        expect(parseVi(readNumberVi(n))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it('never says "mươi một", "mươi năm" or "mười năm"', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), (n) => {
        const w = readNumberVi(n);
        expect(w).not.toMatch(/mươi một|mươi năm|mười năm|mươi bốn/);
      }),
    );
  });

  it('refuses negatives, fractions and unsafe integers with a DomainError', () => {
    for (const bad of [-1, 1.5, Number.NaN, 2 ** 60]) {
      try {
        readNumberVi(bad);
        expect.unreachable();
      } catch (e) {
        expect(isDomainError(e, 'AMOUNT_OUT_OF_RANGE')).toBe(true);
        expect((e as Error).message).toMatch(/Không đọc được số/);
      }
    }
  });
});

describe('moneyInWords', () => {
  it('capitalises and appends đồng', () => {
    expect(moneyInWords(18_720_000)).toBe('Mười tám triệu bảy trăm hai mươi nghìn đồng');
    expect(moneyInWords(0)).toBe('Không đồng');
    expect(moneyInWords(4_680_000)).toBe('Bốn triệu sáu trăm tám mươi nghìn đồng');
  });
});
