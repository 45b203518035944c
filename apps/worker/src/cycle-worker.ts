import { type NativeConnection, Worker, type WorkflowBundle } from '@temporalio/worker';
import { type ActivityDeps, createActivities } from '@thidua/activities';
import { workerTracingOptions, workflowTracingModules } from '@thidua/telemetry';
import { workflowsPath } from '@thidua/workflows/paths';

export interface CycleWorkerOptions {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  /** Prebuilt with `bundleCycleWorkflows`; built on the spot when omitted. */
  workflowBundle?: WorkflowBundle;
  activityDeps: ActivityDeps;
  /** Workflows kept in memory between their tasks (see DEFAULT_WORKFLOW_CACHE_SIZE). */
  maxCachedWorkflows: number;
}

/**
 * How much the worker takes on at once, against its PostgreSQL pool (WORKER_DB_POOL). A step's
 * projection runs as a local activity inside its workflow task, as many at once as the pool has
 * connections for them: none waits for a connection, a wait the task's 10 s timeout (counted from the
 * poll) would not see. Twice as many tasks run: one whose projection waits for a slot is kept alive
 * by the SDK, which extends a task that nears its timeout with local activities outstanding. The
 * records (docx, built on this same thread) take at most ten connections, not the whole pool, and
 * no more of the thread: thirty at once answered the conference's Updates a third slower when 1,000
 * blocs voted (bench/RESULTS.md). With ten tasks and ten projections at once, tasks waited while a
 * core was idle (same file).
 */
const WORKER_CONCURRENCY = {
  maxConcurrentWorkflowTaskExecutions: 40,
  maxConcurrentLocalActivityExecutions: 20,
  maxConcurrentActivityTaskExecutions: 10,
} as const;

/**
 * How long a cycle's next workflow task waits for this worker, which holds the cycle in memory,
 * before any worker may take it and rebuild the cycle from its history. The SDK's 10 s gave up on
 * a busy worker (a fifth of the tasks at 1,000 cycles in motion, bench/RESULTS.md), and the replay
 * that followed made the worker busier still. A worker that is gone stops holding its cycles sooner:
 * the server sends their tasks to the shared queue once it has seen no poll from it for 10 s.
 */
const STICKY_QUEUE_WAIT = '30s';

/** Connections of the worker's pool: the local activities' and the records' together. */
export const WORKER_DB_POOL =
  WORKER_CONCURRENCY.maxConcurrentLocalActivityExecutions +
  WORKER_CONCURRENCY.maxConcurrentActivityTaskExecutions;

/** The one Worker of the platform: cycle workflows plus every activity, on one task queue. */
export function createCycleWorker(options: CycleWorkerOptions): Promise<Worker> {
  const tracing = workerTracingOptions();
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    ...(options.workflowBundle ? { workflowBundle: options.workflowBundle } : { workflowsPath }),
    activities: createActivities(options.activityDeps),
    maxCachedWorkflows: options.maxCachedWorkflows,
    stickyQueueScheduleToStartTimeout: STICKY_QUEUE_WAIT,
    ...WORKER_CONCURRENCY,
    ...tracing,
    interceptors: {
      ...tracing.interceptors,
      // A prebuilt bundle has them compiled in already (bundle.ts).
      ...(options.workflowBundle ? {} : { workflowModules: workflowTracingModules() }),
    },
  });
}
