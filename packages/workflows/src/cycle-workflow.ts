/** Kept for existing imports; the cycle lives in ./cycle/. */

export { phaseQuery, stateQuery } from './cycle/messages';
export type { CycleInput } from './cycle/types';
export { type CycleSummary, cycleWorkflow } from './cycle/workflow';
