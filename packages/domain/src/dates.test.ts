import { describe, expect, it } from 'vitest';
import { addDays, inForceAt, isIsoDate, isoDateSchema, yearOf } from './dates';
import { expectDomainError } from './test-helpers';

describe('IsoDate', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-1-4')).toBe(false);
    expect(isoDateSchema.safeParse('2025-07-01').success).toBe(true);
    expect(isoDateSchema.safeParse('2025-06-31').success).toBe(false);
    expectDomainError(() => yearOf('2025/07/01'), 'INVALID_DATE');
  });

  it('adds days across months and years', () => {
    expect(addDays('2025-07-01', -1)).toBe('2025-06-30');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('picks the item in force', () => {
    const items = [
      { validFrom: '2019-07-01', validTo: '2023-06-30', v: 1 },
      { validFrom: '2023-07-01', v: 2 },
    ];
    expect(inForceAt(items, '2023-06-30')?.v).toBe(1);
    expect(inForceAt(items, '2023-07-01')?.v).toBe(2);
    expect(inForceAt(items, '2010-01-01')).toBeUndefined();
  });
});
