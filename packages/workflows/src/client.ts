/**
 * Typed client helpers for the API (never imported by workflow code). Workflow ids follow
 * `cycle:<blocId>:<year>`; each human step is one Update whose id is the step's idempotency key.
 * Ballots are not among them: PostgreSQL alone accepts a ballot (see the conference module).
 */
import { randomUUID } from 'node:crypto';
import {
  type Client,
  WorkflowExecutionAlreadyStartedError,
  type WorkflowHandle,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
} from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import { ApplicationFailure } from '@temporalio/common';
import { type StepArgsOf, type StepResultOf, stateQuery, type UpdateName, updates } from './cycle/messages';
import type { CycleSnapshot } from './cycle/snapshot';
import type { CycleInput, Phase } from './cycle/types';
import type { cycleWorkflow } from './cycle/workflow';
import { CYCLE_WORKFLOW_TYPE, cycleWorkflowId, DEFAULT_TASK_QUEUE } from './ids';
import { blocKey, overdueKey, phaseKey, yearKey } from './search-attributes';

export { updates } from './cycle/messages';
export { cycleWorkflowId, DEFAULT_TASK_QUEUE } from './ids';

export type { StepArgsOf, StepResultOf };

/** A refused or failed step, ready for the UI: the stable code and the Vietnamese message. */
export interface StepError {
  code: string;
  message: string;
  details?: unknown;
}

export type StepResult<R> = { ok: true; value: R } | { ok: false; error: StepError };

export type CycleHandle = WorkflowHandle<typeof cycleWorkflow>;

/** A fresh idempotency key for a step (persist it client-side to retry the same step safely). */
export function newUpdateId(): string {
  return randomUUID();
}

export interface StartCycleOptions {
  taskQueue?: string;
  /** Overrides the `cycle:<blocId>:<year>` convention (tests only). */
  workflowId?: string;
}

/** Starts a cycle; a second start for the same bloc and year is CYCLE_ALREADY_STARTED. */
export async function startCycle(
  client: Client,
  input: CycleInput,
  options: StartCycleOptions = {},
): Promise<StepResult<CycleHandle>> {
  const workflowId = options.workflowId ?? cycleWorkflowId(input.blocId, input.year);
  try {
    const handle = await client.workflow.start<typeof cycleWorkflow>(CYCLE_WORKFLOW_TYPE, {
      taskQueue: options.taskQueue ?? DEFAULT_TASK_QUEUE,
      workflowId,
      args: [input],
      typedSearchAttributes: [
        { key: blocKey, value: input.blocId },
        { key: yearKey, value: input.year },
        { key: phaseKey, value: 'setup' satisfies Phase },
        { key: overdueKey, value: false },
      ],
    });
    return { ok: true, value: handle };
  } catch (error) {
    if (error instanceof WorkflowExecutionAlreadyStartedError) {
      return {
        ok: false,
        error: { code: 'CYCLE_ALREADY_STARTED', message: 'Năm thi đua này đã được khởi tạo.' },
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
    return { code: 'NOT_FOUND', message: 'Không tìm thấy năm thi đua.' };
  }
  throw error;
}

/**
 * Runs one human step. `args.updateId` is also the Temporal update id, so retrying a call with the
 * same id returns the first outcome instead of doing the step twice. Refusals come back as
 * `{ ok: false, error: { code, message } }` — validator refusals leave no trace in the history.
 */
export async function executeStep<N extends UpdateName>(
  client: Client,
  workflowId: string,
  update: N,
  args: StepArgsOf<N>,
): Promise<StepResult<StepResultOf<N>>> {
  const handle = client.workflow.getHandle(workflowId);
  const def = updates[update] as unknown as UpdateDefinition<StepResultOf<N>, [StepArgsOf<N>], N>;
  try {
    const value = await handle.executeUpdate(def, {
      args: [args],
      updateId: (args as { updateId: string }).updateId,
    });
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: toStepError(error) };
  }
}

/** The workflow's own view (tests and ops; the UI reads PostgreSQL). Needs a running worker. */
export async function queryCycle(client: Client, workflowId: string): Promise<CycleSnapshot> {
  return client.workflow.getHandle(workflowId).query(stateQuery);
}
