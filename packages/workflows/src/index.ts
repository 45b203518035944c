export type { Actor, DeadlineKind, Phase } from '@thidua/activities/contract';
export * from './cycle/errors';
export * from './cycle/messages';
export type { CycleSnapshot, UnitSnapshot } from './cycle/snapshot';
export type { CycleCalendar, CycleInput, UnitInfo } from './cycle/types';
export { deadlineKinds, phases } from './cycle/types';
export { type CycleSummary, cycleWorkflow } from './cycle/workflow';
export { CYCLE_WORKFLOW_TYPE, cycleWorkflowId, DEFAULT_TASK_QUEUE, recordsTaskQueue } from './ids';
export * from './search-attributes';
