import { expect, test } from 'vitest';
import { formatBytes, formatNumber, formatScore } from './format';

test('numbers are written as the records write them: "." between thousands, "," before decimals', () => {
  expect(formatScore(7.25)).toBe('7,25');
  expect(formatScore(100)).toBe('100,00');
  expect(formatScore(1234.5)).toBe('1.234,50');
  expect(formatNumber(0.5)).toBe('0,5');
  expect(formatNumber(55.555)).toBe('55,56');
  expect(formatNumber(18720000)).toBe('18.720.000');
  expect(formatScore(Number.NaN)).toBe('NaN');
});

test('file sizes keep one decimal at most', () => {
  expect(formatBytes(45)).toBe('45 B');
  expect(formatBytes(14_234)).toBe('13,9 KB');
  expect(formatBytes(2 * 1024 * 1024)).toBe('2 MB');
  expect(formatBytes(20 * 1024 * 1024 + 300_000)).toBe('20,3 MB');
});
