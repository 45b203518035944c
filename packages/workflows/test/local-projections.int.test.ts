import { schema } from '@thidua/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type HistoryEvent, registerBesideFiredDeadline } from './support/fired-deadline';
import { createHarness, type Harness } from './support/harness';
import { saveHistory } from './support/histories';

/**
 * Projections run as local activities, one at a time: a step is accepted, projected and answered in
 * one workflow task. This changes the commands of every step, so it is replayed here in the case
 * where the first attempt at local projections broke: a deadline timer that fired (its overdue mark
 * is projected) and an Update (its registration and the phase change are projected) in one task.
 */
let h: Harness;
beforeAll(async () => {
  h = await createHarness('local_projections');
});
afterAll(async () => {
  await h?.close();
});

// temporal.api.enums.v1.EventType
const TASK_COMPLETED = 7;
const ACTIVITY_SCHEDULED = 10;
const MARKER_RECORDED = 25;
const UPDATE_ACCEPTED = 41;

const count = (events: HistoryEvent[], type: number) =>
  events.filter((e) => Number(e.eventType) === type).length;

describe('projections as local activities', () => {
  test('a registration sent while a deadline fired is projected with the overdue mark in one task; no projection activity is scheduled; the history replays', async () => {
    const { driver: c, events } = await registerBesideFiredDeadline(h, 2062, async (c) => {
      const s = await c.state();
      expect(s.phase).toBe('selfAssessment');
      const [cycle] = await h.api.db.select().from(schema.cycles).where(eq(schema.cycles.id, s.cycleId));
      expect(cycle?.phase).toBe('selfAssessment');
    });
    const scheduled = events
      .filter((e) => Number(e.eventType) === ACTIVITY_SCHEDULED)
      .map((e) => e.activityTaskScheduledEventAttributes?.activityType?.name);
    // Only records (the pact) go through the server as activities.
    expect(scheduled.filter((name) => name !== 'generateDocuments')).toEqual([]);
    expect(count(events, MARKER_RECORDED)).toBeGreaterThan(count(events, UPDATE_ACCEPTED));
    // One task per accepted Update at most, plus the start, the timers and the pact's activity.
    expect(count(events, TASK_COMPLETED)).toBeLessThanOrEqual(count(events, UPDATE_ACCEPTED) + 6);
    await saveHistory(c.handle, 'local-projections-timer-and-update-2062');
    await c.handle.terminate('test done');
  });
});
