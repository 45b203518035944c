import { describe, expect, test } from 'vitest';
import { dueActions, nextWakeMs, unitDueMs } from './deadlines';
import { initialState } from './state';
import type { CycleInput } from './types';

const T = Date.parse('2031-03-01T00:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();
const input: CycleInput = {
  blocId: 'b',
  provinceId: 'p',
  year: 2031,
  units: [
    { id: 'a', code: 'A', name: 'A' },
    { id: 'b', code: 'B', name: 'B' },
  ],
  leadership: { headUnitId: 'a', deputyUnitId: 'b' },
  calendar: {
    registration: iso(T),
    selfAssessment: iso(T + 10_000),
    reviewResponse: iso(T + 20_000),
    dossier: iso(T + 30_000),
  },
  reminderOffsetsMs: [1_000, 5_000],
  ruleSetId: 'r',
};

function state() {
  const s = initialState(input, 'wf', iso(T - 60_000));
  s.phase = 'selfAssessment';
  return s;
}

describe('deadline planning', () => {
  test('the closest reminder whose time has come, then the overdue mark', () => {
    const s = state();
    expect(nextWakeMs(s, T)).toBe(T + 5_000);
    expect(dueActions(s, T)).toEqual([]);
    const early = dueActions(s, T + 6_000);
    expect(early.map((a) => a.type === 'remind' && [a.subject.subjectId, a.offsetMs])).toEqual([
      ['a', 5_000],
      ['b', 5_000],
    ]);
    // Missed reminders are not sent late: at 0.5 s before the deadline only the 1 s one goes.
    expect(dueActions(s, T + 9_500).map((a) => a.type === 'remind' && a.offsetMs)).toEqual([1_000, 1_000]);
    expect(dueActions(s, T + 10_000).map((a) => a.type)).toEqual(['overdue', 'overdue']);
  });

  test('an extension moves one unit only, and never shortens a moved deadline', () => {
    const s = state();
    const [a, b] = s.units;
    if (!a || !b) throw new Error('units');
    a.extensions.selfAssessment = { until: iso(T + 60_000), reason: 'x', grantedBy: 'u' };
    expect(
      dueActions(s, T + 10_000).map((x) => x.type !== 'committeeOverdue' && x.subject.subjectId),
    ).toEqual(['b']);
    s.calendar.selfAssessment = iso(T + 90_000);
    expect(unitDueMs(s, a, 'selfAssessment')).toBe(T + 90_000);
    expect(unitDueMs(s, b, 'selfAssessment')).toBe(T + 90_000);
  });

  test('units that handed in are no longer chased', () => {
    const s = state();
    for (const u of s.units) u.sa.status = 'submitted';
    expect(nextWakeMs(s, T)).toBeUndefined();
    expect(dueActions(s, T + 20_000)).toEqual([]);
  });
});
