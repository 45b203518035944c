import { NativeConnection, type WorkflowBundle } from '@temporalio/worker';
import { connectionOptions, type Logger } from '@thidua/config';
import { createDb } from '@thidua/db';
import { startTracing, stopTracing } from '@thidua/telemetry';
import { bundleCycleWorkflows } from './bundle';
import { DEFAULT_WORKFLOW_CACHE_SIZE, type WorkerConfig } from './config';
import { createCycleWorker, WORKER_DB_POOL } from './cycle-worker';
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
}

export async function runWorker(config: WorkerConfig, options: RunWorkerOptions): Promise<RunningWorker> {
  const logger = options.logger;
  installTemporalRuntime(logger.child({}, { level: 'warn' }), config.telemetry?.metricsPort);
  if (config.telemetry?.tracing) startTracing(config.telemetry.tracing.serviceName);
  const workflowBundle = options.workflowBundle ?? (await bundleCycleWorkflows(logger));
  const database = createDb(config.databaseUrl, {
    max: WORKER_DB_POOL,
    applicationName: 'thidua-worker',
    onError: (error) => logger.warn({ err: error }, 'idle database connection lost'),
  });
  const release = () => Promise.all([connection?.close(), database.close()]).then(() => undefined);
  let connection: NativeConnection | undefined;
  let worker: Awaited<ReturnType<typeof createCycleWorker>>;
  try {
    connection = await NativeConnection.connect(connectionOptions(config.temporal));
    worker = await createCycleWorker({
      connection,
      namespace: config.temporal.namespace,
      taskQueue: config.taskQueue,
      workflowBundle,
      activityDeps: { db: database.db, logger },
      maxCachedWorkflows: config.workflowCacheSize ?? DEFAULT_WORKFLOW_CACHE_SIZE,
    });
  } catch (error) {
    await release();
    throw error;
  }

  // The connection and the pool outlive in-flight activities: close them only once the worker is done.
  const done = worker.run().finally(release);
  done.catch(() => {}); // observed by the caller through `done`
  logger.info({ namespace: config.temporal.namespace, taskQueue: config.taskQueue }, 'worker polling');

  return {
    done,
    async stop() {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await done.catch((error: unknown) => logger.error({ err: error }, 'worker stopped with an error'));
      await stopTracing();
    },
  };
}
