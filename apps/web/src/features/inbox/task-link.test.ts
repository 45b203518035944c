import { describe, expect, it } from 'vitest';
import { dueInstant, taskHref } from './task-link';

const task = (kind: string, extra: { unitId?: string; roundId?: string } = {}) => ({
  kind,
  title: 't',
  cycleId: 'cy-1',
  due: null,
  overdue: false,
  ...extra,
});

describe('taskHref', () => {
  it('sends each task to the screen that does it', () => {
    expect(taskHref(task('signOffSelfAssessment', { unitId: 'u-stp' }))).toBe(
      '/cycles/cy-1/self-assessment/u-stp',
    );
    expect(taskHref(task('castBallot', { roundId: 'r1' }))).toBe('/cycles/cy-1/conference/rounds/r1/ballot');
    expect(taskHref(task('reviewDossier'))).toBe('/committee/cy-1');
    expect(taskHref(task('lockScores'))).toBe('/cycles/cy-1/review');
    expect(taskHref(task('somethingNew'))).toBe('/cycles/cy-1');
  });
});

describe('dueInstant', () => {
  it('reads a date-only deadline as the end of that day in Vietnam', () => {
    expect(dueInstant('2023-12-08')).toBe('2023-12-08T23:59:59+07:00');
    expect(dueInstant('2023-12-08T10:00:00Z')).toBe('2023-12-08T10:00:00Z');
  });
});
