import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Client } from '@temporalio/client';
import { Limiter } from '@thidua/faults';
import { noopUpdate, noopWorkflow } from './noop-workflow';

const workerScript = fileURLToPath(new URL('./noop-worker.ts', import.meta.url));
const TASK_QUEUE = 'bench-noop';

export interface NoopResult {
  workflows: number;
  updates: number;
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
 * its steps (a few at a time per workflow, at most `inflight` in flight overall).
 */
export async function runNoop(
  client: Client,
  options: {
    workflows: number;
    updates: number;
    inflight: number;
    parallelPerWorkflow: number;
    runId: string;
  },
): Promise<NoopResult> {
  const limiter = new Limiter(options.inflight);
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
        while (next < count) {
          const n = next++;
          await limiter.run(async () => {
            const t0 = performance.now();
            await handle.executeUpdate(noopUpdate, { args: [n] });
            latencies.push(performance.now() - t0);
          });
        }
      };
      await Promise.all(Array.from({ length: options.parallelPerWorkflow }, lane));
      await handle.result();
    }),
  );
  const wallMs = performance.now() - started;
  return {
    workflows: options.workflows,
    updates: options.updates,
    wallMs,
    updatesPerSecond: (options.updates * 1000) / wallMs,
    latencies,
  };
}
