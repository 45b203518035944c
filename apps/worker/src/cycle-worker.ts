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
    ...tracing,
    interceptors: {
      ...tracing.interceptors,
      // A prebuilt bundle has them compiled in already (bundle.ts).
      ...(options.workflowBundle ? {} : { workflowModules: workflowTracingModules() }),
    },
  });
}
