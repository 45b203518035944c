import type { Connection } from '@temporalio/client';
// CommonJS without static named exports: a default import works in both Node ESM and TypeScript.
import proto from '@temporalio/proto';
import { recordsTaskQueue } from '@thidua/workflows';
import type { ReadinessCheck } from './readiness';

const { TaskQueueKind, TaskQueueType } = proto.temporal.api.enums.v1;

/** The frontend service answers. */
export function temporalReachable(connection: Connection): ReadinessCheck {
  return async () => {
    const info = await connection.workflowService.getSystemInfo({});
    return info.serverVersion ? `server ${info.serverVersion}` : undefined;
  };
}

/** Some worker polls `taskQueue` for tasks of `type`. */
function pollersOn(
  connection: Connection,
  namespace: string,
  taskQueue: string,
  type: proto.temporal.api.enums.v1.TaskQueueType,
): ReadinessCheck {
  return async () => {
    const { pollers } = await connection.workflowService.describeTaskQueue({
      namespace,
      taskQueue: { name: taskQueue, kind: TaskQueueKind.TASK_QUEUE_KIND_NORMAL },
      taskQueueType: type,
    });
    const count = pollers?.length ?? 0;
    if (count === 0) throw new Error(`no worker polls task queue "${taskQueue}" in namespace "${namespace}"`);
    return `${count} poller${count === 1 ? '' : 's'} on "${taskQueue}"`;
  };
}

/**
 * Some worker polls the workflow task queue: without one, Updates and Queries — every human step —
 * would hang, so the API is not ready.
 */
export function workerPolling(connection: Connection, namespace: string, taskQueue: string): ReadinessCheck {
  return pollersOn(connection, namespace, taskQueue, TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW);
}

/**
 * Some records worker polls the records' queue: without one, no record is issued, the dossier is never
 * ready for submission and the committee's decision hangs.
 */
export function recordsWorkerPolling(
  connection: Connection,
  namespace: string,
  taskQueue: string,
): ReadinessCheck {
  return pollersOn(
    connection,
    namespace,
    recordsTaskQueue(taskQueue),
    TaskQueueType.TASK_QUEUE_TYPE_ACTIVITY,
  );
}
