import { setTimeout as sleep } from 'node:timers/promises';
import { NativeConnection, Worker } from '@temporalio/worker';
import { createActivities } from '@thidua/activities';
import { schema } from '@thidua/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CycleDriver, UNITS } from './support/cycle-driver';
import { createHarness, eventually, type Harness } from './support/harness';
import { saveHistory } from './support/histories';

/**
 * A step that issues a record answers before the record is built, and the record's own activity
 * audits it. This changes the commands of that step, so it is replayed here in the case where such
 * changes broke before: a deadline timer that fired and an Update, handled in one workflow task.
 */
let h: Harness;
let native: NativeConnection;
beforeAll(async () => {
  h = await createHarness('after_answer');
  native = await NativeConnection.connect({ address: h.address });
});
afterAll(async () => {
  await native?.close();
  await h?.close();
});

const activities = () =>
  createActivities({
    db: h.database.db,
    logger: { info() {}, warn() {}, error: (obj, msg) => console.error(`[activities] ${msg}`, obj) },
  });

/** A worker of its own, stopped when `fn` is done (so that work can pile up while none polls). */
async function withOwnWorker<T>(fn: () => Promise<T>): Promise<T> {
  const worker = await Worker.create({
    connection: native,
    namespace: h.namespace,
    taskQueue: h.taskQueue,
    workflowBundle: h.bundle,
    activities: activities(),
    stickyQueueScheduleToStartTimeout: '1s',
  });
  const running = worker.run();
  try {
    return await fn();
  } finally {
    worker.shutdown();
    await running;
  }
}

type HistoryEvent = { eventType?: unknown };
// temporal.api.enums.v1.EventType
const TASK_SCHEDULED = 5;
const TASK_COMPLETED = 7;
const TIMER_FIRED = 18;
const UPDATE_ACCEPTED = 41;

/** Workflow tasks that handled a fired timer and accepted an Update in the same completion. */
function tasksWithTimerAndUpdate(events: HistoryEvent[]): number {
  const types = events.map((e) => Number(e.eventType));
  let found = 0;
  let since = 0;
  types.forEach((t, i) => {
    if (t !== TASK_COMPLETED) return;
    const before = types.slice(since, i);
    const next = types.indexOf(TASK_SCHEDULED, i + 1);
    const after = types.slice(i + 1, next < 0 ? undefined : next);
    if (before.includes(TIMER_FIRED) && after.includes(UPDATE_ACCEPTED)) found += 1;
    since = i + 1;
  });
  return found;
}

describe('step records issued after the answer', () => {
  test('the last registration, sent while a deadline fired, answers; the pact is issued and audited by its activity; the history replays', async () => {
    const c = new CycleDriver(h, { year: 2099 });
    const last = UNITS[UNITS.length - 1] as (typeof UNITS)[number];
    // Registration is brought forward to close 15 s after the others registered: its overdue timer
    // fires while no worker polls.
    const due = await withOwnWorker(async () => {
      await c.start();
      await c.adoptAndSign();
      await c.registerAll(UNITS.filter((u) => u !== last));
      const at = new Date(Date.now() + 15_000).toISOString();
      await c.step('moveDeadline', 'secretariat', {
        deadline: 'registration',
        at,
        reason: 'Theo chỉ đạo của Ban Thi đua - Khen thưởng',
      });
      return Date.parse(at);
    });
    expect(Date.now(), 'the worker stopped before the deadline').toBeLessThan(due);
    await sleep(due - Date.now() + 2_000);
    // The Update waits for a worker: the next task holds the fired timer and the Update together.
    const registering = c.registerAll([last]);
    await sleep(1_000);
    await withOwnWorker(async () => {
      await registering;
      const s = await c.state();
      expect(s.phase).toBe('selfAssessment');
      // The pact, issued after the answer, by one activity that writes its audit row too.
      const pact = await eventually(async () => {
        const [row] = await h.api.db
          .select()
          .from(schema.documents)
          .where(and(eq(schema.documents.cycleId, s.cycleId), eq(schema.documents.recordType, 'pact')));
        return row;
      }, 60_000);
      expect(pact.issuedAt).not.toBeNull();
      const audits = await h.api.db
        .select()
        .from(schema.auditLog)
        .where(and(eq(schema.auditLog.entityId, s.cycleId), eq(schema.auditLog.action, 'document.generate')));
      expect(audits.map((a) => a.idempotencyKey)).toEqual([`${s.cycleId}:documents.generated:pact`]);
    });

    const history = await c.handle.fetchHistory();
    expect(tasksWithTimerAndUpdate((history.events ?? []) as HistoryEvent[])).toBeGreaterThan(0);
    await Worker.runReplayHistory(
      { workflowBundle: h.bundle, replayName: 'thidua-replay-after-answer' },
      history,
    );
    await saveHistory(c.handle, 'records-after-answer-timer-and-update-2099');
    await c.handle.terminate('test done');
  });
});
