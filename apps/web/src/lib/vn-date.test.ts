import { describe, expect, it } from 'vitest';
import { parseVnDate } from './vn-date';

describe('Vietnamese dates', () => {
  it('reads day/month/year as typed', () => {
    expect(parseVnDate('05/12/2026')).toBe('2026-12-05');
    expect(parseVnDate('5/3/2023')).toBe('2023-03-05');
    expect(parseVnDate('15.03.2023')).toBe('2023-03-15');
  });

  it('refuses what is not a day', () => {
    expect(parseVnDate('31/02/2023')).toBeNull();
    expect(parseVnDate('03/15/2023')).toBeNull();
    expect(parseVnDate('2023-03-15')).toBeNull();
  });
});
