import vm from 'node:vm';
import { Worker } from '@temporalio/worker';
import { globalHandlers } from '@temporalio/worker/lib/workflow/vm-shared';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { bundle } from './support/harness';
import { loadHistories } from './support/histories';

/**
 * Determinism guard: histories of real runs (test/fixtures/histories/, recorded with RECORD_HISTORIES=1)
 * must replay against the current workflow code. A change that alters the commands of an existing
 * path needs `patched()`; this test fails until it has one.
 */
let workflowBundle: Awaited<ReturnType<typeof bundle>>;
beforeAll(async () => {
  workflowBundle = await bundle();
});

type History = ReturnType<typeof loadHistories>[number];

/** Replays one history in this process and expects it to replay cleanly. */
async function replay(history: History): Promise<void> {
  const results = [];
  for await (const result of Worker.runReplayHistories({ workflowBundle, replayName: 'thidua-replay' }, [
    history,
  ])) {
    results.push(result);
  }
  expect(results).toHaveLength(1);
  expect(results[0]?.error).toBeUndefined();
}

describe('committed histories replay against the current code', () => {
  const histories = loadHistories();
  test.each(histories.map((x) => [x.workflowId, x] as const))('%s', (_name, history) => replay(history));
});

test('workflow tasks run without the stack-trace promise hook unless THIDUA_WORKFLOW_STACK_TRACES=true', async () => {
  const [first] = loadHistories();
  if (!first) throw new Error('no committed history');
  await replay(first);
  // Replays run their workflows on this thread, so its handlers are the ones installed.
  expect(globalHandlers.installed).toBe(true);
  expect(globalHandlers.promiseHookInstalled).toBe(process.env.THIDUA_WORKFLOW_STACK_TRACES === 'true');
});

test('a replayed activation runs without a watchdog thread per call into the workflow', async () => {
  const cycle = loadHistories().find((history) => history.workflowId === 'step-records-full-cycle-2023');
  if (!cycle) throw new Error('no committed history of a full cycle');
  const calls = vi.spyOn(vm.Script.prototype, 'runInContext');
  try {
    await replay(cycle);
    const timeouts = calls.mock.calls.map(([, options]) => options?.timeout);
    // Every activation of a replay is a replayed one: only the calls outside an activation (the
    // workflow's creation and disposal) keep the SDK's deadlock timeout.
    expect(timeouts.filter((timeout) => timeout === undefined).length).toBeGreaterThan(200);
    expect(timeouts.filter((timeout) => timeout !== undefined).length).toBeLessThan(5);
  } finally {
    calls.mockRestore();
  }
});
