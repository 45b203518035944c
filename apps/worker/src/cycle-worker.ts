import { type NativeConnection, Worker, type WorkflowBundle } from '@temporalio/worker';
import { type ActivityDeps, createActivities } from '@thidua/activities';
import { workerTracingOptions, workflowTracingModules } from '@thidua/telemetry';
import { recordsTaskQueue } from '@thidua/workflows';
import { workflowsPath } from '@thidua/workflows/paths';

interface WorkerBase {
  connection: NativeConnection;
  namespace: string;
  /** The cycles' task queue; the records worker polls the queue derived from it (recordsTaskQueue). */
  taskQueue: string;
  activityDeps: ActivityDeps;
}

export interface CycleWorkerOptions extends WorkerBase {
  /** Prebuilt with `bundleCycleWorkflows`; built on the spot when omitted. */
  workflowBundle?: WorkflowBundle;
  /** Workflows kept in memory between their tasks (see DEFAULT_WORKFLOW_CACHE_SIZE). */
  maxCachedWorkflows: number;
}

/**
 * How much the cycle worker takes on at once, against its PostgreSQL pool (CYCLE_WORKER_DB_POOL). A
 * step's projection runs as a local activity inside its workflow task, as many at once as the pool
 * has connections for them: none waits for a connection, a wait the task's 10 s timeout (counted from
 * the poll) would not see. Twice as many tasks run: one whose projection waits for a slot is kept
 * alive by the SDK, which extends a task that nears its timeout with local activities outstanding.
 * With ten tasks and ten projections at once, tasks waited while a core was idle (bench/RESULTS.md).
 * Its activity tasks are the encrypted rounds' sealing and count, and records a cycle scheduled on
 * this queue before the records had a worker of their own.
 */
const CYCLE_WORKER_CONCURRENCY = {
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

/** Connections of the cycle worker's pool: its local activities' and its activities' together. */
export const CYCLE_WORKER_DB_POOL =
  CYCLE_WORKER_CONCURRENCY.maxConcurrentLocalActivityExecutions +
  CYCLE_WORKER_CONCURRENCY.maxConcurrentActivityTaskExecutions;

/**
 * Records built at once by a records worker, each on a connection of its own. A record is docx
 * (synchronous, on the process's one thread) and its writes: more at once only queue for the thread.
 */
export const RECORDS_WORKER_DB_POOL = 10;

/**
 * The cycle workflows and their steps' activities. Every activity stays registered, the records' too:
 * a record scheduled on this queue by a run recorded before the records worker existed is still built.
 */
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
    ...CYCLE_WORKER_CONCURRENCY,
    ...tracing,
    interceptors: {
      ...tracing.interceptors,
      // A prebuilt bundle has them compiled in already (bundle.ts).
      ...(options.workflowBundle ? {} : { workflowModules: workflowTracingModules() }),
    },
  });
}

/**
 * The year's records (the .docx files and their rows), on a task queue of their own: in a process of
 * its own (`--role records`), building them never delays the answer to a step.
 */
export function createRecordsWorker(options: WorkerBase): Promise<Worker> {
  const tracing = workerTracingOptions();
  const { generateDocuments } = createActivities(options.activityDeps);
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: recordsTaskQueue(options.taskQueue),
    activities: { generateDocuments },
    maxConcurrentActivityTaskExecutions: RECORDS_WORKER_DB_POOL,
    ...tracing,
  });
}
