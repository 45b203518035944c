export { cycleWorkflowId } from '@thidua/domain';

/** The workflow type name, for starting it by name (the client, a child start). */
export const CYCLE_WORKFLOW_TYPE = 'cycleWorkflow';

/** The task queue cycle workflows and their activities run on, unless configured otherwise. */
export const DEFAULT_TASK_QUEUE = 'thidua-cycles';

/** The task queue the records worker polls: the year's records of the cycles on `taskQueue`. */
export function recordsTaskQueue(taskQueue: string): string {
  return `${taskQueue}-records`;
}

/** The workflow type name of a closed year's after-close steps. */
export const AFTER_CLOSE_WORKFLOW_TYPE = 'afterCloseWorkflow';

/** One after-close workflow at a time per closed year, started on demand by the step that needs it. */
export function afterCloseWorkflowId(cycleId: string): string {
  return `after-close:${cycleId}`;
}
