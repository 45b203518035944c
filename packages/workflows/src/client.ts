/**
 * Typed client helpers for the API (never imported by workflow code). Workflow ids follow
 * `cycle:<blocId>:<year>`; each human step is one Update whose id is the step's idempotency key.
 * Ballots are not among them: PostgreSQL alone accepts a ballot (see the conference module).
 */
import { randomUUID } from 'node:crypto';
import {
  type Client,
  WithStartWorkflowOperation,
  WorkflowExecutionAlreadyStartedError,
  type WorkflowHandle,
  type WorkflowHandleWithFirstExecutionRunId,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
} from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import { ApplicationFailure } from '@temporalio/common';
import { errorMessages } from '@thidua/domain';
import type { afterCloseWorkflow } from './cycle/after-close';
import { type StepArgsOf, type StepResultOf, stateQuery, type UpdateName, updates } from './cycle/messages';
import type { CycleSnapshot } from './cycle/snapshot';
import type { CycleInput, CycleState, Phase } from './cycle/types';
import type { cycleWorkflow } from './cycle/workflow';
import {
  AFTER_CLOSE_WORKFLOW_TYPE,
  afterCloseWorkflowId,
  CYCLE_WORKFLOW_TYPE,
  cycleWorkflowId,
  DEFAULT_TASK_QUEUE,
} from './ids';
import { blocKey, overdueKey, phaseKey, yearKey } from './search-attributes';

export { updates } from './cycle/messages';
export { afterCloseWorkflowId, cycleWorkflowId, DEFAULT_TASK_QUEUE } from './ids';

export type { StepArgsOf, StepResultOf };

/**
 * A refused or failed step as plain data, for tests and scripts driving a cycle. The API does not
 * use it: it maps what the calls below throw to its answer in one place (packages/api/src/errors).
 */
export interface StepError {
  code: string;
  message: string;
  details?: unknown;
}

export type StepResult<R> = { ok: true; value: R } | { ok: false; error: StepError };

/** A started cycle: its id, and its first run (a cycle goes on in several, see RUN_STARTING_PHASES). */
export type CycleHandle = WorkflowHandleWithFirstExecutionRunId<typeof cycleWorkflow>;

/** A fresh idempotency key for a step (persist it client-side to retry the same step safely). */
export function newUpdateId(): string {
  return randomUUID();
}

export interface StartCycleOptions {
  taskQueue?: string;
  /** Overrides the `cycle:<blocId>:<year>` convention (tests only). */
  workflowId?: string;
}

/** Starts a cycle; a second start for the same bloc and year throws WorkflowExecutionAlreadyStartedError. */
export function startCycleWorkflow(
  client: Client,
  input: CycleInput,
  options: StartCycleOptions = {},
): Promise<CycleHandle> {
  return client.workflow.start<typeof cycleWorkflow>(CYCLE_WORKFLOW_TYPE, {
    taskQueue: options.taskQueue ?? DEFAULT_TASK_QUEUE,
    workflowId: options.workflowId ?? cycleWorkflowId(input.blocId, input.year),
    args: [input],
    typedSearchAttributes: [
      { key: blocKey, value: input.blocId },
      { key: yearKey, value: input.year },
      { key: phaseKey, value: 'setup' satisfies Phase },
      { key: overdueKey, value: false },
    ],
  });
}

/** startCycleWorkflow as a StepResult: a second start for the same bloc and year is CYCLE_ALREADY_STARTED. */
export async function startCycle(
  client: Client,
  input: CycleInput,
  options: StartCycleOptions = {},
): Promise<StepResult<CycleHandle>> {
  try {
    return { ok: true, value: await startCycleWorkflow(client, input, options) };
  } catch (error) {
    if (error instanceof WorkflowExecutionAlreadyStartedError) {
      return {
        ok: false,
        error: { code: 'CYCLE_ALREADY_STARTED', message: errorMessages.CYCLE_ALREADY_STARTED },
      };
    }
    throw error;
  }
}

/** Maps what an Update call throws to a StepError; infrastructure errors are rethrown. */
export function toStepError(error: unknown): StepError {
  if (error instanceof WorkflowUpdateFailedError) {
    const cause = error.cause;
    if (cause instanceof ApplicationFailure) {
      return { code: cause.type ?? 'INTERNAL', message: cause.message, details: cause.details?.[0] };
    }
    return { code: 'INTERNAL', message: cause?.message ?? error.message };
  }
  if (error instanceof WorkflowNotFoundError) {
    return { code: 'CYCLE_NOT_STARTED', message: errorMessages.CYCLE_NOT_STARTED };
  }
  throw error;
}

/**
 * Runs one human step. `args.updateId` is also the Temporal update id, so retrying a call with the
 * same id returns the first outcome instead of doing the step twice. A refusal throws
 * WorkflowUpdateFailedError whose cause is the workflow's ApplicationFailure (`type` = the code);
 * validator refusals leave no trace in the history.
 */
export async function updateCycle<N extends UpdateName>(
  client: Client,
  workflowId: string,
  update: N,
  args: StepArgsOf<N>,
): Promise<StepResultOf<N>> {
  const handle = client.workflow.getHandle(workflowId);
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await handle.executeUpdate(updateDefinition(update), updateOptions(args));
    } catch (error) {
      // An Update that reached a run as it handed over to the next one (continue-as-new) was not
      // accepted there: it goes to the run the cycle continues in.
      const continued = error instanceof WorkflowNotFoundError && (await isRunning(handle));
      if (!continued || attempt === HAND_OVER_ATTEMPTS) throw error;
    }
  }
}

/** How often an Update follows the cycle into its next run before the error is the caller's. */
const HAND_OVER_ATTEMPTS = 5;

async function isRunning(handle: WorkflowHandle): Promise<boolean> {
  try {
    return (await handle.describe()).status.name === 'RUNNING';
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return false;
    throw error;
  }
}

function updateDefinition<N extends UpdateName>(update: N) {
  return updates[update] as unknown as UpdateDefinition<StepResultOf<N>, [StepArgsOf<N>], N>;
}

/** The step's arguments, with its update id as the Update's id. */
function updateOptions<A>(args: A) {
  return { args: [args] as [A], updateId: (args as { updateId: string }).updateId };
}

/** Where a closed year's after-close workflow starts, when a step finds none running. */
export interface ClosedYear {
  cycleId: string;
  /** The state its last step left (`cycles.closed_state`); a running workflow keeps its own. */
  state: Record<string, unknown>;
  taskQueue: string;
  /** How long the workflow waits for another step before it ends (its default otherwise). */
  idleMs?: number | undefined;
}

/**
 * Runs one step of a closed year: an Update of its after-close workflow, started with it when none
 * runs (Update-with-Start). The update id is the idempotency key, as for updateCycle.
 */
export function updateClosedYear<N extends UpdateName>(
  client: Client,
  year: ClosedYear,
  update: N,
  args: StepArgsOf<N>,
): Promise<StepResultOf<N>> {
  const startWorkflowOperation = new WithStartWorkflowOperation<typeof afterCloseWorkflow>(
    AFTER_CLOSE_WORKFLOW_TYPE,
    {
      workflowId: afterCloseWorkflowId(year.cycleId),
      taskQueue: year.taskQueue,
      args: [{ state: year.state as unknown as CycleState, idleMs: year.idleMs }],
      workflowIdConflictPolicy: 'USE_EXISTING',
    },
  );
  return client.workflow.executeUpdateWithStart(updateDefinition(update), {
    ...updateOptions(args),
    startWorkflowOperation,
  });
}

/** updateCycle as a StepResult: refusals come back as `{ ok: false, error: { code, message } }`. */
export async function executeStep<N extends UpdateName>(
  client: Client,
  workflowId: string,
  update: N,
  args: StepArgsOf<N>,
): Promise<StepResult<StepResultOf<N>>> {
  try {
    return { ok: true, value: await updateCycle(client, workflowId, update, args) };
  } catch (error) {
    return { ok: false, error: toStepError(error) };
  }
}

/** The workflow's own view (tests and ops; the UI reads PostgreSQL). Needs a running worker. */
export async function queryCycle(client: Client, workflowId: string): Promise<CycleSnapshot> {
  return client.workflow.getHandle(workflowId).query(stateQuery);
}
