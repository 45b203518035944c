import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import type { ApiServices } from '@thidua/api';
import { createLogger } from '@thidua/config';
import type { Db } from '@thidua/db';
import type {} from '@thidua/vitest-setup/context';
import { bundleCycleWorkflows, type RunningWorker, runWorker } from '@thidua/worker';
import { inject } from 'vitest';

export interface TestTemporal {
  client: Client;
  taskQueue: string;
  /** Workflow ids unique to this file: several files share one Temporal server. */
  workflowId: (blocId: string, year: number) => string;
  worker?: RunningWorker;
  close(): Promise<void>;
}

const logger = createLogger({ level: 'error', format: 'json' });

/** A Temporal client, and (for workflow-backed tests) an in-process worker on a queue of its own. */
export async function testTemporal(options: { worker: boolean; databaseUrl: string }): Promise<TestTemporal> {
  const run = randomUUID().slice(0, 8);
  const taskQueue = `api-${run}`;
  const address = inject('temporalAddress');
  const namespace = inject('temporalNamespace');
  const connection = await Connection.connect({ address });
  const client = new Client({ connection, namespace });
  let worker: RunningWorker | undefined;
  if (options.worker) {
    worker = await runWorker(
      {
        databaseUrl: options.databaseUrl,
        temporal: { address, namespace },
        taskQueue,
        log: { level: 'warn' },
      },
      { logger, workflowBundle: await bundleCycleWorkflows(logger) },
    );
  }
  return {
    client,
    taskQueue,
    workflowId: (blocId, year) => `cycle:${blocId}:${year}:${run}`,
    worker,
    async close() {
      await worker?.stop();
      await connection.close();
    },
  };
}

/**
 * The API's services over a test database and Temporal: cycles get this file's workflow ids and the
 * live feed polls fast. Without Temporal, for tests that read projections only (no workflow starts).
 */
export function testServices(
  db: Db,
  temporal: TestTemporal | null,
  more: Partial<ApiServices> = {},
): ApiServices {
  const workflows = temporal
    ? { temporal: temporal.client, taskQueue: temporal.taskQueue, cycleWorkflowId: temporal.workflowId }
    : { temporal: {} as Client, taskQueue: 'unused' };
  return { version: 'test', db, ...workflows, livePollMs: 50, ...more };
}
