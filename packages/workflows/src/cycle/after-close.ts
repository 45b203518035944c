/**
 * A closed year's steps: a case found months after the decision (recorded, cleared) and the proposal to
 * revoke an award it concerns. The year's own workflow ended with its close and is not kept alive; a
 * short workflow per closed year takes these steps instead. The API starts it with the first such step
 * (Update-with-Start, `after-close:<cycleId>`), from the state the year's last step left in PostgreSQL
 * (`cycles.closed_state`, written with every step of the closed year by the same projection activity).
 * It registers the very step modules of the cycle (same registry checks, validators, activities, record
 * issuance and idempotency keys) and ends once no step came for `idleMs`; the next step starts it again
 * from the state this run left.
 */
import { allHandlersFinished, condition, setHandler } from '@temporalio/workflow';
import { CycleContext } from './context';
import { registerEligibilityCaseSteps } from './eligibility-cases';
import { refuse } from './errors';
import { phaseQuery, stateQuery } from './messages';
import { registerRevocationStep } from './revocation';
import { snapshot } from './snapshot';
import type { CycleState } from './types';

/** How long a run waits for another step before it ends. */
const DEFAULT_IDLE_MS = 10 * 60_000;

export interface AfterCloseInput {
  /** The closed year's state as its last step left it (`cycles.closed_state`). */
  state: CycleState;
  /** How long the run waits for another step before it ends (tests pass seconds). */
  idleMs?: number | undefined;
}

export interface AfterCloseSummary {
  cycleId: string;
  seq: number;
}

export async function afterCloseWorkflow(input: AfterCloseInput): Promise<AfterCloseSummary> {
  const closed = input?.state;
  if (closed?.phase !== 'closed')
    refuse('WRONG_PHASE', 'Chỉ năm thi đua đã kết thúc mới nhận các bước sau khi kết thúc.');
  // A year entered from its records was closed long ago: what is found now is recorded now. Since the
  // close the bloc is led by those its conference elected: its Tờ trình is signed by that head.
  const { backfill: _backfill, ...live } = closed.input;
  const leadership = closed.elected
    ? { headUnitId: closed.elected.headUnitId, deputyUnitId: closed.elected.deputyUnitId }
    : live.leadership;
  const state: CycleState = { ...closed, input: { ...live, leadership }, recordedAt: undefined };
  const ctx = new CycleContext(state);
  ctx.initialized = true;

  setHandler(phaseQuery, () => state.phase);
  setHandler(stateQuery, () => snapshot(state));
  registerEligibilityCaseSteps(ctx);
  registerRevocationStep(ctx);

  const idleMs = input.idleMs ?? DEFAULT_IDLE_MS;
  for (;;) {
    const seq = state.seq;
    if (!(await condition(() => state.seq !== seq, idleMs))) break;
  }
  await condition(allHandlersFinished);
  if (ctx.recordsPending) await ctx.recordsIssued();
  return { cycleId: state.cycleId, seq: state.seq };
}
