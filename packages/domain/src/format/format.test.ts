import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors';
import { formatDateShort, formatDateWords, formatPlaceDate } from './date-line';
import {
  formatDecimal,
  formatInteger,
  formatMoneyVnd,
  formatPercent,
  formatRatioPercent,
  percentHundredths,
} from './numbers';

describe('ND 30 date line', () => {
  it('zero-pads the day below 10 and months 1 and 2 only', () => {
    expect(formatPlaceDate('Bắc Kạn', '2023-01-04')).toBe('Bắc Kạn, ngày 04 tháng 01 năm 2023');
    expect(formatPlaceDate('Hà Nội', '2020-01-05')).toBe('Hà Nội, ngày 05 tháng 01 năm 2020');
    expect(formatPlaceDate('Hà Nội', '2019-06-29')).toBe('Hà Nội, ngày 29 tháng 6 năm 2019');
    expect(formatPlaceDate('Bắc Kạn', '2021-08-25')).toBe('Bắc Kạn, ngày 25 tháng 8 năm 2021');
    expect(formatDateWords('2024-02-09')).toBe('ngày 09 tháng 02 năm 2024');
    expect(formatDateWords('2024-03-09')).toBe('ngày 09 tháng 3 năm 2024');
    expect(formatDateWords('2024-12-31')).toBe('ngày 31 tháng 12 năm 2024');
    expect(formatDateShort('2023-01-04')).toBe('04/01/2023');
  });

  it('refuses an impossible date', () => {
    for (const bad of ['2023-02-29', '2023-13-01', '2023-1-4', '04/01/2023', '2023-04-31']) {
      try {
        formatPlaceDate('Bắc Kạn', bad);
        expect.unreachable();
      } catch (e) {
        expect(isDomainError(e, 'INVALID_DATE')).toBe(true);
        expect((e as Error).message).toMatch(/Ngày không hợp lệ/);
      }
    }
    expect(formatDateWords('2024-02-29')).toBe('ngày 29 tháng 02 năm 2024');
  });
});

describe('numbers', () => {
  it('groups thousands with dots', () => {
    expect(formatInteger(0)).toBe('0');
    expect(formatInteger(999)).toBe('999');
    expect(formatInteger(1000)).toBe('1.000');
    expect(formatInteger(18_720_000)).toBe('18.720.000');
    expect(formatInteger(-1_234_567)).toBe('-1.234.567');
    expect(formatMoneyVnd(18_720_000)).toBe('18.720.000 đồng');
    expect(formatMoneyVnd(4_680_000)).toBe('4.680.000 đồng');
  });

  it('uses a comma decimal', () => {
    expect(formatDecimal(97.5)).toBe('97,5');
    expect(formatDecimal(97.25)).toBe('97,25');
    expect(formatDecimal(100)).toBe('100');
    expect(formatDecimal(1234.5, 2)).toBe('1.234,50');
  });

  it('formats percentages with a comma and a space', () => {
    expect(formatPercent(66.67)).toBe('66,67 %');
    expect(formatPercent(100)).toBe('100,00 %');
    expect(formatPercent(50, { trim: true })).toBe('50 %');
    expect(formatRatioPercent(2, 3)).toBe('66,67 %');
    expect(formatRatioPercent(7, 9)).toBe('77,78 %');
    expect(formatRatioPercent(1, 8)).toBe('12,50 %');
    expect(formatRatioPercent(0, 0)).toBe('0,00 %');
  });

  it('rounds percentages half up with integers only', () => {
    // 1/8 = 12.5 % exactly; 1/16 = 6.25 %; 1/32 = 3.125 % → 3.13 (half up).
    expect(percentHundredths(1, 32)).toBe(313);
    expect(percentHundredths(1, 3)).toBe(3333);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }), (d, n0) => {
        const n = n0 % (d + 1);
        const h = percentHundredths(n, d);
        // |h/100 − 100n/d| ≤ 0.005
        expect(Math.abs(h * d - 10000 * n) * 2).toBeLessThanOrEqual(d);
      }),
    );
  });

  it('refuses non-numbers', () => {
    expect(() => formatInteger(1.5)).toThrow(/Số không hợp lệ/);
    expect(() => formatDecimal(Number.NaN)).toThrow(/Số không hợp lệ/);
  });
});
