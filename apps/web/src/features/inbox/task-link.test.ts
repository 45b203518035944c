import { steps, type TaskScreen, taskScreens } from '@thidua/domain';
import { describe, expect, it } from 'vitest';
import type { Task } from './contract';
import { dueInstant, taskHref } from './task-link';

const task = (screen: TaskScreen, extra: { unitId?: string; roundId?: string } = {}): Task => ({
  kind: 'castBallot',
  title: 't',
  screen,
  cycleId: 'cy-1',
  due: null,
  overdue: false,
  ...extra,
});

describe('taskHref', () => {
  it('sends each task to the screen that does it', () => {
    expect(taskHref(task('sheet', { unitId: 'u-stp' }))).toBe('/cycles/cy-1/self-assessment/u-stp');
    expect(taskHref(task('ballot', { roundId: 'r1' }))).toBe('/cycles/cy-1/conference/rounds/r1/ballot');
    expect(taskHref(task('committee'))).toBe('/committee/cy-1');
    expect(taskHref(task('review'))).toBe('/cycles/cy-1/review');
    expect(taskHref(task('cycle'))).toBe('/cycles/cy-1');
  });

  it('has a route for every screen a step of the registry names', () => {
    const named = Object.values(steps).flatMap((s) => ('task' in s ? [s.task.screen] : []));
    for (const screen of new Set([...named, ...taskScreens])) {
      expect(taskHref(task(screen)), screen).toMatch(/^\//);
    }
  });
});

describe('dueInstant', () => {
  it('reads a date-only deadline as the end of that day in Vietnam', () => {
    expect(dueInstant('2023-12-08')).toBe('2023-12-08T23:59:59+07:00');
    expect(dueInstant('2023-12-08T10:00:00Z')).toBe('2023-12-08T10:00:00Z');
  });
});
