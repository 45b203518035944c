/**
 * The workflow bundle's entry: every workflow function the worker registers is exported here.
 * Workflow code imports only @temporalio/workflow, @temporalio/common, @thidua/domain and
 * `import type` of activities — never pg, fs, docx or node:*.
 */
export { afterCloseWorkflow } from './cycle/after-close';
export { cycleWorkflow } from './cycle/workflow';
