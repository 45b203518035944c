import { expect, test } from 'vitest';
import { instant, isoDate, requiredText } from './common';

test('names and free text refuse bidirectional controls and zero-width characters', () => {
  const name = requiredText(200);
  expect(name.parse('  Sở Tư pháp tỉnh Bắc Kạn ')).toBe('Sở Tư pháp tỉnh Bắc Kạn');
  expect(name.safeParse('Đơn vị tốt 😀').success).toBe(true);
  for (const hidden of [
    '\u202e',
    '\u2066',
    '\u200f',
    '\u061c',
    '\u200b',
    '\u200d',
    '\u2060',
    '\ufeff',
    '\u2028',
  ]) {
    expect(name.safeParse(`Sở Nội vụ${hidden}gnạk`).success, JSON.stringify(hidden)).toBe(false);
  }
});

test('dates and deadlines stay within the years the system serves', () => {
  expect(isoDate().safeParse('2024-02-29').success).toBe(true);
  expect(isoDate().safeParse('0001-01-01').success).toBe(false);
  expect(isoDate().safeParse('9999-12-31').success).toBe(false);
  expect(instant().safeParse('2024-12-08T23:59:00+07:00').success).toBe(true);
  const far = instant().safeParse('9999-12-31T23:59:00+07:00');
  expect(far.success).toBe(false);
  expect(far.error?.issues[0]?.message).toMatch(/từ năm 2000 đến năm 2100/);
  expect(instant().safeParse('0001-01-01T00:00:00Z').success).toBe(false);
});
