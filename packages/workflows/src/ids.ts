export { cycleWorkflowId } from '@thidua/domain';

/** The workflow type name, for starting it by name (the client, a child start). */
export const CYCLE_WORKFLOW_TYPE = 'cycleWorkflow';

/** The task queue cycle workflows and their activities run on, unless configured otherwise. */
export const DEFAULT_TASK_QUEUE = 'thidua-cycles';
