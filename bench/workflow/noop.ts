import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Client } from '@temporalio/client';
import { Limiter } from '@thidua/faults';
import { noopUpdate, noopWorkflow } from './noop-workflow';
import { terminateAll } from './terminate';

const workerScript = fileURLToPath(new URL('./noop-worker.ts', import.meta.url));
const TASK_QUEUE = 'bench-noop';

export interface NoopResult {
  workflows: number;
  updates: number;
  /** The run stopped at its time box (its rate is the rate over the box). */
  timedOut: boolean;
  wallMs: number;
  updatesPerSecond: number;
  latencies: number[];
}

/** Starts the no-op worker in a child process; resolves with a stop function once it polls. */
export async function startNoopWorker(address: string, namespace: string): Promise<() => Promise<void>> {
  const child = spawn(process.execPath, ['--import', 'tsx', workerScript], {
    env: { ...process.env, TEMPORAL_ADDRESS: address, TEMPORAL_NAMESPACE: namespace, TASK_QUEUE },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('NOOP_WORKER_READY')) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`no-op worker exited (${code}): ${output.slice(-2000)}`)));
  });
  return async () => {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
}

/**
 * `workflows` no-op workflows at once, `updates` Updates in all, sent the way the cycle driver sends
 * its steps (a few at a time per workflow, at most `inflight` in flight overall), until done or
 * until the time box ends (the engine's rate is what is measured; workflows left are terminated).
 */
export async function runNoop(
  client: Client,
  options: {
    workflows: number;
    updates: number;
    inflight: number;
    parallelPerWorkflow: number;
    runId: string;
    timeboxMs: number;
  },
): Promise<NoopResult> {
  const limiter = new Limiter(options.inflight);
  const deadline = performance.now() + options.timeboxMs;
  const late = () => performance.now() > deadline;
  const unfinished: string[] = [];
  let done = 0;
  const per = Array.from(
    { length: options.workflows },
    (_, i) =>
      Math.floor(options.updates / options.workflows) + (i < options.updates % options.workflows ? 1 : 0),
  );
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    per.map(async (count, i) => {
      const handle = await limiter.run(() =>
        client.workflow.start(noopWorkflow, {
          taskQueue: TASK_QUEUE,
          workflowId: `noop-${options.runId}-${i}`,
          args: [count],
        }),
      );
      let next = 0;
      const lane = async () => {
        while (next < count && !late()) {
          const n = next++;
          await limiter.run(async () => {
            if (late()) return;
            const t0 = performance.now();
            await handle.executeUpdate(noopUpdate, { args: [n] });
            latencies.push(performance.now() - t0);
            done += 1;
          });
        }
      };
      await Promise.all(Array.from({ length: options.parallelPerWorkflow }, lane));
      if (late()) unfinished.push(handle.workflowId);
      else await handle.result();
    }),
  );
  const wallMs = performance.now() - started;
  await terminateAll(client, unfinished);
  return {
    workflows: options.workflows,
    updates: done,
    timedOut: unfinished.length > 0,
    wallMs,
    updatesPerSecond: (done * 1000) / wallMs,
    latencies,
  };
}
