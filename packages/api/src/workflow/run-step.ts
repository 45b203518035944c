import type { Client } from '@temporalio/client';
import type { DbOrTx } from '@thidua/db';
import { cycles } from '@thidua/db/schema';
import { DomainError, steps } from '@thidua/domain';
import type { UpdateName } from '@thidua/workflows';
import {
  newUpdateId,
  type StepArgsOf,
  type StepResultOf,
  updateClosedYear,
  updateCycle,
} from '@thidua/workflows/client';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../authz/access';
import { workflowRefusal } from '../errors/workflow';
import { actionUpdateId } from '../http/action-key';

/** What the procedure supplies: everything but the actor and the update id, which are ours to set. */
export type StepInput<N extends UpdateName> = Omit<StepArgsOf<N>, 'actor' | 'updateId'>;

/** An Update that gets no answer in this time is reported as "try again", not left hanging. */
export const UPDATE_DEADLINE_MS = 30_000;

/** Cycle → workflow id, once a step reached the workflow (a cycle keeps its execution for life). */
const workflowIds = new Map<string, string>();
const WORKFLOW_IDS_LIMIT = 10_000;

async function workflowIdOf(db: DbOrTx, cycleId: string): Promise<string> {
  const known = workflowIds.get(cycleId);
  if (known) return known;
  const [row] = await db.select({ workflowId: cycles.workflowId }).from(cycles).where(eq(cycles.id, cycleId));
  if (!row) throw new DomainError('NOT_FOUND', 'Không tìm thấy năm thi đua.');
  return row.workflowId;
}

/**
 * A closed year's state as its last step left it, for the steps the registry allows after the close
 * (its workflow has ended: they run in its after-close workflow); undefined while the year is open.
 */
async function closedStateOf(db: DbOrTx, cycleId: string, name: UpdateName) {
  const [row] = await db
    .select({ state: cycles.closedState })
    .from(cycles)
    .where(and(eq(cycles.id, cycleId), eq(cycles.status, 'closed')));
  if (!row) return undefined;
  if (!(steps[name].phases as readonly string[]).includes('closed')) {
    throw new DomainError('WRONG_PHASE', undefined, { phase: 'closed', allowed: [...steps[name].phases] });
  }
  if (!row.state) {
    throw new DomainError(
      'WRONG_PHASE',
      'Năm thi đua này kết thúc trước khi phần mềm lưu trạng thái năm đã kết thúc: chưa ghi được vụ việc hay đề nghị hủy/thu hồi cho năm này.',
    );
  }
  return row.state;
}

/** Remembers an id the workflow answered on (the row may still carry a seed's id before that). */
export function rememberWorkflowId(cycleId: string, workflowId: string): void {
  if (workflowIds.size >= WORKFLOW_IDS_LIMIT) workflowIds.clear();
  workflowIds.set(cycleId, workflowId);
}

/**
 * Runs `call` under the Update deadline. The workflow's refusals become coded errors; anything else
 * (no answer in time, the connection lost) is WORKFLOW_UNAVAILABLE.
 */
export async function withWorkflow<T>(temporal: Client, call: () => Promise<T>): Promise<T> {
  try {
    return await temporal.connection.withDeadline(Date.now() + UPDATE_DEADLINE_MS, call);
  } catch (error) {
    throw workflowRefusal(error) ?? new DomainError('WORKFLOW_UNAVAILABLE', undefined, {}, { cause: error });
  }
}

/**
 * One human step of a cycle: the workflow Update (through the workflows client helper) with the
 * acting user asserted. The validator refuses synchronously; a refusal comes back as a DomainError
 * carrying the workflow's code and Vietnamese message.
 */
export async function runStep<N extends UpdateName>(
  deps: {
    db: DbOrTx;
    temporal: Client;
    taskQueue: string;
    probeSteps?: boolean | undefined;
    recordedAt?: Date | undefined;
    afterCloseIdleMs?: number | undefined;
    actionKey?: string | undefined;
  },
  cycleId: string,
  name: N,
  actor: Actor,
  input: StepInput<N>,
): Promise<StepResultOf<N>> {
  const closedState = await closedStateOf(deps.db, cycleId, name);
  const args = {
    ...input,
    actor,
    // Under the client's action key a retried action is the same Update, answered once.
    updateId: deps.actionKey ? actionUpdateId(name, actor.userId, deps.actionKey) : newUpdateId(),
    ...(deps.probeSteps ? { probe: true } : {}),
    // A past year being entered: the step took place then (see ApiServices.recordedAt).
    ...(deps.recordedAt ? { recordedAt: deps.recordedAt.toISOString() } : {}),
  } as unknown as StepArgsOf<N>;
  if (closedState) {
    const year = { cycleId, state: closedState, taskQueue: deps.taskQueue, idleMs: deps.afterCloseIdleMs };
    return withWorkflow(deps.temporal, () => updateClosedYear(deps.temporal, year, name, args));
  }
  const workflowId = await workflowIdOf(deps.db, cycleId);
  const result = await withWorkflow(deps.temporal, () => updateCycle(deps.temporal, workflowId, name, args));
  rememberWorkflowId(cycleId, workflowId);
  return result;
}
