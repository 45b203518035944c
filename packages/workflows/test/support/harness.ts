/**
 * One harness per test file: the real Temporal dev server and PostgreSQL of the integration run,
 * a database of its own (migrated, fixtures seeded), ONE workflow bundle, a task queue and workers of its own.
 */

import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, type WorkflowBundle } from '@temporalio/worker';
import { createActivities } from '@thidua/activities';
import { createDb, type DbHandle, schema } from '@thidua/db';
import { createTestDatabase, type TestDatabase } from '@thidua/db/testing';
import type {} from '@thidua/vitest-setup/context';
import { inject } from 'vitest';
import { bundleCycleWorkflows } from '../../src/bundle';
import { seedCycleFixtures } from './seed';
import { type RunningWorkers, runWorkers } from './workers';

export interface Harness {
  client: Client;
  namespace: string;
  address: string;
  taskQueue: string;
  bundle: WorkflowBundle;
  /** The database the worker's activities write to. */
  database: TestDatabase;
  /** A second pool, standing in for the API (ballots, reads). */
  api: DbHandle;
  users: Map<string, string>;
  withWorker<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The worker's own bundle, built once per source version and shared by every file of the run. */
export function bundle(): Promise<WorkflowBundle> {
  return bundleCycleWorkflows({ logger: new DefaultLogger('WARN') });
}

export async function createHarness(name: string, options: { bundle?: boolean } = {}): Promise<Harness> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const address = inject('temporalAddress');
  const namespace = inject('temporalNamespace');
  const [database, workflowBundle, connection, nativeConnection] = await Promise.all([
    createTestDatabase(inject('databaseAdminUrl'), { prefix: `wf_${name}` }),
    options.bundle === false ? ({ code: '' } as WorkflowBundle) : bundle(),
    Connection.connect({ address }),
    NativeConnection.connect({ address }),
  ]);
  await seedCycleFixtures(database.db);
  const api = createDb(database.url, { max: 20, applicationName: 'thidua-test-api' });
  const rows = await database.db
    .select({ id: schema.users.id, username: schema.users.username })
    .from(schema.users);
  const users = new Map(rows.map((r) => [r.username, r.id]));
  const client = new Client({ connection, namespace });
  const taskQueue = `wf-${name}-${randomUUID().slice(0, 8)}`;
  let shared: Promise<RunningWorkers> | undefined;
  const activities = createActivities({
    db: database.db,
    logger: {
      info() {},
      warn: (obj, msg) => console.warn(`[activities] ${msg}`, obj),
      error: (obj, msg) => console.error(`[activities] ${msg}`, obj),
    },
  });

  return {
    client,
    namespace,
    address,
    taskQueue,
    bundle: workflowBundle,
    database,
    api,
    users,
    /**
     * Runs `fn` while the file's workers poll. One pair of workers per file (a task queue takes one worker
     * per process), shared by concurrent tests, started on first use and shut down by close().
     */
    async withWorker<T>(fn: () => Promise<T>): Promise<T> {
      shared ??= runWorkers({
        connection: nativeConnection,
        namespace,
        taskQueue,
        workflowBundle,
        activities,
        stickyQueueScheduleToStartTimeout: '2s',
      });
      const { done } = await shared;
      const stopped = done.then(() => {
        throw new Error('the worker stopped');
      });
      return Promise.race([fn(), stopped]);
    },
    async close() {
      if (shared) {
        const { shutdown, done } = await shared;
        shutdown();
        await done;
      }
      await api.close();
      await database.drop();
      await nativeConnection.close();
      await connection.close();
    },
  };
}

/** Polls until `check` returns a value (or throws after `timeoutMs`). */
export async function eventually<T>(
  check: () => Promise<T | undefined | false>,
  timeoutMs = 15_000,
  stepMs = 200,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline)
      throw new Error(`condition not met in ${timeoutMs} ms${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, stepMs));
  }
}
