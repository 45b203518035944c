import { describe, expect, test } from 'vitest';
import { addWorkingDays, vnDate, workingDaysElapsed } from './working-days';

describe('the committee clock counts working days in Vietnam', () => {
  test('25 working days skip weekends and holidays', () => {
    // Received Monday 06/01/2025 10:00 in Hà Nội (03:00 UTC).
    const received = Date.parse('2025-01-06T03:00:00Z');
    expect(addWorkingDays(received, 25).dueDate).toBe('2025-02-10');
    // Tết 2025: 25/01 – 02/02 (the weekdays among them are holidays).
    const tet = ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'];
    const due = addWorkingDays(received, 25, tet);
    expect(due.dueDate).toBe('2025-02-17');
    expect(new Date(due.dueAtMs).toISOString()).toBe('2025-02-17T16:59:59.999Z');
  });

  test('the local date, not the UTC one', () => {
    expect(vnDate(Date.parse('2025-01-05T18:00:00Z'))).toBe('2025-01-06');
  });

  test('elapsed working days', () => {
    const received = Date.parse('2025-01-06T03:00:00Z');
    expect(workingDaysElapsed(received, received)).toBe(0);
    expect(workingDaysElapsed(received, Date.parse('2025-01-13T03:00:00Z'))).toBe(5);
  });
});
