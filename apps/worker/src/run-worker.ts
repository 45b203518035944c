import { NativeConnection, type Worker, type WorkflowBundle } from '@temporalio/worker';
import { connectionOptions, type Logger } from '@thidua/config';
import { createDb } from '@thidua/db';
import { startTracing, stopTracing } from '@thidua/telemetry';
import { bundleCycleWorkflows } from './bundle';
import { DEFAULT_WORKFLOW_CACHE_SIZE, type WorkerConfig, type WorkerPart, workerParts } from './config';
import {
  CYCLE_WORKER_DB_POOL,
  createCycleWorker,
  createRecordsWorker,
  RECORDS_WORKER_DB_POOL,
} from './cycle-worker';
import { installTemporalRuntime } from './temporal-runtime';

export interface RunningWorker {
  /** Settles when the worker stops; rejects if it fails on its own. */
  readonly done: Promise<void>;
  /** Stops polling, lets in-flight tasks finish, then closes the connection. */
  stop(): Promise<void>;
}

export interface RunWorkerOptions {
  logger: Logger;
  workflowBundle?: WorkflowBundle;
  /** What this process runs (both when omitted): `--role worker` the cycles, `--role records` the records. */
  parts?: readonly WorkerPart[];
}

const DB_POOL: Record<WorkerPart, number> = { cycles: CYCLE_WORKER_DB_POOL, records: RECORDS_WORKER_DB_POOL };

export async function runWorker(config: WorkerConfig, options: RunWorkerOptions): Promise<RunningWorker> {
  const logger = options.logger;
  installTemporalRuntime(logger.child({}, { level: 'warn' }), config.telemetry?.metricsPort);
  if (config.telemetry?.tracing) startTracing(config.telemetry.tracing.serviceName);
  const parts = options.parts ?? workerParts;
  const runsCycles = parts.includes('cycles');
  const workflowBundle = runsCycles
    ? (options.workflowBundle ?? (await bundleCycleWorkflows(logger)))
    : undefined;
  const database = createDb(config.databaseUrl, {
    max: parts.reduce((sum, part) => sum + DB_POOL[part], 0),
    applicationName: runsCycles ? 'thidua-worker' : 'thidua-records',
    onError: (error) => logger.warn({ err: error }, 'database connection lost'),
  });
  const release = () => Promise.all([connection?.close(), database.close()]).then(() => undefined);
  let connection: NativeConnection | undefined;
  let workers: Worker[];
  try {
    connection = await NativeConnection.connect(connectionOptions(config.temporal));
    const base = {
      connection,
      namespace: config.temporal.namespace,
      taskQueue: config.taskQueue,
      activityDeps: { db: database.db, logger },
    };
    workers = await Promise.all(
      parts.map((part) =>
        part === 'records'
          ? createRecordsWorker(base)
          : createCycleWorker({
              ...base,
              ...(workflowBundle ? { workflowBundle } : {}),
              maxCachedWorkflows: config.workflowCacheSize ?? DEFAULT_WORKFLOW_CACHE_SIZE,
            }),
      ),
    );
  } catch (error) {
    await release();
    throw error;
  }

  const shutdown = () => {
    for (const worker of workers) if (worker.getState() === 'RUNNING') worker.shutdown();
  };
  // One worker stopping stops the others; the connection and the pool outlive in-flight activities.
  const runs = workers.map((worker) => worker.run().finally(shutdown));
  const done = Promise.allSettled(runs).then(async (results) => {
    await release();
    const failed = results.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
  });
  done.catch(() => {}); // observed by the caller through `done`
  logger.info(
    { namespace: config.temporal.namespace, taskQueues: workers.map((worker) => worker.options.taskQueue) },
    'worker polling',
  );

  return {
    done,
    async stop() {
      shutdown();
      await done.catch((error: unknown) => logger.error({ err: error }, 'worker stopped with an error'));
      await stopTracing();
    },
  };
}
