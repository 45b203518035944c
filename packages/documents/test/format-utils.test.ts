import { slug } from '@thidua/domain';
import { describe, expect, it } from 'vitest';
import { DocumentDataError } from '../src/errors';
import { dateLine, parseIsoDate } from '../src/format/date';
import { integerInWords, moneyDigits, moneyInWords, percentText } from '../src/format/money';

describe('date line (ND 30/2020)', () => {
  it.each([
    ['2023-01-04', 'Bắc Kạn, ngày 04 tháng 01 năm 2023'],
    ['2019-06-29', 'Bắc Kạn, ngày 29 tháng 6 năm 2019'],
    ['2020-02-05', 'Bắc Kạn, ngày 05 tháng 02 năm 2020'],
    ['2022-12-30', 'Bắc Kạn, ngày 30 tháng 12 năm 2022'],
    ['2021-10-01', 'Bắc Kạn, ngày 01 tháng 10 năm 2021'],
  ])('%s → %s', (iso, expected) => {
    expect(dateLine('Bắc Kạn', parseIsoDate(iso, 'd'))).toBe(expected);
  });

  it('refuses malformed and impossible dates', () => {
    for (const bad of ['2023-02-30', '04/01/2023', '', undefined]) {
      expect(() => parseIsoDate(bad, 'meta.date')).toThrow(DocumentDataError);
    }
  });
});

describe('money in words', () => {
  it.each([
    [0, 'không'],
    [5, 'năm'],
    [15, 'mười lăm'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi tư'],
    [105, 'một trăm linh năm'],
    [1_005_000, 'một triệu không trăm linh năm nghìn'],
    [11_920_000, 'mười một triệu chín trăm hai mươi nghìn'],
    [2_980_000, 'hai triệu chín trăm tám mươi nghìn'],
    [1_000_000_000, 'một tỷ'],
    [2_000_000_000_000, 'hai nghìn tỷ'],
  ])('%i', (n, words) => {
    expect(integerInWords(n)).toBe(words);
  });

  it('formats amounts as on decisions', () => {
    expect(moneyInWords(17_880_000)).toBe('Mười bảy triệu tám trăm tám mươi nghìn đồng');
    expect(moneyDigits(11_920_000)).toBe('11.920.000');
    expect(percentText(7, 9)).toBe('77,78 %');
    expect(percentText(9, 9)).toBe('100,00 %');
  });
});

describe('slug', () => {
  it('folds Vietnamese to ASCII file names', () => {
    expect(slug('Sở Tư pháp tỉnh Bắc Kạn')).toBe('so-tu-phap-tinh-bac-kan');
    expect(slug('01/TTr-KTĐNC', false)).toBe('01-TTr-KTDNC');
  });
});
