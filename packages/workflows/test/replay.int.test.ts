import { Worker } from '@temporalio/worker';
import { globalHandlers } from '@temporalio/worker/lib/workflow/vm-shared';
import { beforeAll, describe, expect, test } from 'vitest';
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

describe('committed histories replay against the current code', () => {
  const histories = loadHistories();
  test.each(histories.map((x) => [x.workflowId, x] as const))('%s', async (_name, history) => {
    const results = [];
    for await (const result of Worker.runReplayHistories({ workflowBundle, replayName: 'thidua-replay' }, [
      history,
    ])) {
      results.push(result);
    }
    expect(results).toHaveLength(1);
    expect(results[0]?.error).toBeUndefined();
  });
});

test('workflow tasks run without the stack-trace promise hook unless THIDUA_WORKFLOW_STACK_TRACES=true', async () => {
  const [first] = loadHistories();
  if (!first) throw new Error('no committed history');
  for await (const result of Worker.runReplayHistories({ workflowBundle, replayName: 'thidua-hook' }, [
    first,
  ])) {
    expect(result.error).toBeUndefined();
  }
  // Replays run their workflows on this thread, so its handlers are the ones installed.
  expect(globalHandlers.installed).toBe(true);
  expect(globalHandlers.promiseHookInstalled).toBe(process.env.THIDUA_WORKFLOW_STACK_TRACES === 'true');
});
