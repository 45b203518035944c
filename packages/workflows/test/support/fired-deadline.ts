import { setTimeout as sleep } from 'node:timers/promises';
import type { History } from '@temporalio/common/lib/proto-utils';
import { NativeConnection, Worker } from '@temporalio/worker';
import { createActivities } from '@thidua/activities';
import { expect } from 'vitest';
import { CycleDriver, UNITS } from './cycle-driver';
import type { Harness } from './harness';
import { runWorkers } from './workers';

export type HistoryEvent = NonNullable<History['events']>[number];
// temporal.api.enums.v1.EventType
const TASK_SCHEDULED = 5;
const TASK_COMPLETED = 7;
const TIMER_FIRED = 18;
const UPDATE_ACCEPTED = 41;

/** Workers of its own, stopped when `fn` is done (so that work can pile up while none polls). */
async function withOwnWorker<T>(h: Harness, native: NativeConnection, fn: () => Promise<T>): Promise<T> {
  const workers = await runWorkers({
    connection: native,
    namespace: h.namespace,
    taskQueue: h.taskQueue,
    workflowBundle: h.bundle,
    activities: createActivities({
      db: h.database.db,
      logger: { info() {}, warn() {}, error: (obj, msg) => console.error(`[activities] ${msg}`, obj) },
    }),
    stickyQueueScheduleToStartTimeout: '1s',
  });
  try {
    return await fn();
  } finally {
    workers.shutdown();
    await workers.done;
  }
}

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

/**
 * The case where changes of command order broke before: the last unit registers while no worker
 * polls, just after the registration deadline fired, so one workflow task handles the fired timer
 * (an overdue mark) and the Update (the registration, the phase change) together. `whileRunning`
 * runs once the Update has answered, with a worker still polling; the history is then replayed.
 */
export async function registerBesideFiredDeadline(
  h: Harness,
  year: number,
  whileRunning: (c: CycleDriver) => Promise<void>,
): Promise<{ driver: CycleDriver; events: HistoryEvent[] }> {
  const native = await NativeConnection.connect({ address: h.address });
  try {
    return await registerWith(h, native, year, whileRunning);
  } finally {
    await native.close();
  }
}

async function registerWith(
  h: Harness,
  native: NativeConnection,
  year: number,
  whileRunning: (c: CycleDriver) => Promise<void>,
): Promise<{ driver: CycleDriver; events: HistoryEvent[] }> {
  const c = new CycleDriver(h, { year });
  const last = UNITS[UNITS.length - 1] as (typeof UNITS)[number];
  // Registration is brought forward to close 15 s after the others registered: its overdue timer
  // fires while no worker polls.
  const due = await withOwnWorker(h, native, async () => {
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
  await withOwnWorker(h, native, async () => {
    await registering;
    await whileRunning(c);
  });
  // The cycle's first run, where the timer and the last registration met; it handed over after them.
  const history = await h.client.workflow
    .getHandle(c.workflowId, c.handle.firstExecutionRunId)
    .fetchHistory();
  const events = history.events ?? [];
  expect(tasksWithTimerAndUpdate(events)).toBeGreaterThan(0);
  await Worker.runReplayHistory({ workflowBundle: h.bundle, replayName: `thidua-replay-${year}` }, history);
  return { driver: c, events };
}
