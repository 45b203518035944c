import type { Connection } from '@temporalio/client';
// CommonJS without static named exports: a default import works in both Node ESM and TypeScript.
import proto from '@temporalio/proto';
import type { ReadinessCheck } from './readiness';

const { TaskQueueKind, TaskQueueType } = proto.temporal.api.enums.v1;

/** The frontend service answers. */
export function temporalReachable(connection: Connection): ReadinessCheck {
  return async () => {
    const info = await connection.workflowService.getSystemInfo({});
    return info.serverVersion ? `server ${info.serverVersion}` : undefined;
  };
}

/**
 * Some worker polls the workflow task queue: without one, Updates and Queries — every human step —
 * would hang, so the API is not ready.
 */
export function workerPolling(connection: Connection, namespace: string, taskQueue: string): ReadinessCheck {
  return async () => {
    const { pollers } = await connection.workflowService.describeTaskQueue({
      namespace,
      taskQueue: { name: taskQueue, kind: TaskQueueKind.TASK_QUEUE_KIND_NORMAL },
      taskQueueType: TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
    });
    const count = pollers?.length ?? 0;
    if (count === 0) throw new Error(`no worker polls task queue "${taskQueue}" in namespace "${namespace}"`);
    return `${count} poller${count === 1 ? '' : 's'} on "${taskQueue}"`;
  };
}
