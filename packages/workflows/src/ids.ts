/** One execution per bloc and year: `cycle:<blocId>:<year>` (also the cycle id in PostgreSQL by default). */
export function cycleWorkflowId(blocId: string, year: number): string {
  return `cycle:${blocId}:${year}`;
}

/** The workflow type name, for starting it by name (the client, a child start). */
export const CYCLE_WORKFLOW_TYPE = 'cycleWorkflow';

/** The task queue cycle workflows and their activities run on, unless configured otherwise. */
export const DEFAULT_TASK_QUEUE = 'thidua-cycles';
