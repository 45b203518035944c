/**
 * The runtime every handler module shares: the state, the activity proxies, the projection writer,
 * phase transitions and the uniform Update registration (validator + handler).
 */

import type { UpdateDefinition } from '@temporalio/common';
import {
  allHandlersFinished,
  condition,
  currentUpdateInfo,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  sleep,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { Activities } from '@thidua/activities';
import type { Actor, NotificationSpec, StepRecord, UnitProjection } from '@thidua/activities/contract';
import type { ErrorCode, WorkflowStepName } from '@thidua/domain';
import { recordsTaskQueue } from '../ids';
import { overdueKey, phaseKey } from '../search-attributes';
import { checkAccess } from './authz';
import { anythingOverdue } from './deadlines';
import { asFailure, guarded, refuse } from './errors';
import {
  type Ack,
  type BallotCastArgs,
  type StepArgs,
  type StepArgsOf,
  type StepResultOf,
  updates,
} from './messages';
import { cycleProjection, unitProjection } from './state';
import type { CycleInput, CycleState, Phase, UnitState } from './types';

const retry = { initialInterval: '200ms', backoffCoefficient: 2, maximumInterval: '10s' } as const;
/** A write the database refuses is refused again, however often it is tried. */
const refusedWrites: ErrorCode[] = ['PROJECTION_INVALID'];

/** Projections must land eventually: retried without limit, except for data the database refuses. */
const projectionOptions = {
  startToCloseTimeout: '10s',
  retry: { ...retry, nonRetryableErrorTypes: refusedWrites },
} as const;
const remoteProjections = proxyActivities<Activities>(projectionOptions);
/**
 * Projections and tallies are short PostgreSQL transactions: as local activities they run inside the
 * workflow task that needs them, so an Update is accepted, projected and answered in one task instead
 * of two tasks and an activity task. They run one at a time (CycleContext.project): two in flight at
 * once can resolve in two activations when first run and in one on replay, which reorders the
 * commands that follow them (a deadline timer and an Update handled in one task did exactly that).
 */
const localProjections = proxyLocalActivities<Activities>(projectionOptions);
type ProjectionActivities = Pick<Activities, 'initCycle' | 'recordStep' | 'tallyRound'>;

const recordOptions = {
  startToCloseTimeout: '1m',
  retry: { ...retry, nonRetryableErrorTypes: refusedWrites },
} as const;
const sealing = proxyActivities<Activities>(recordOptions);

export const acts = {
  sealEncryptedRound: sealing.sealEncryptedRound,
  countEncryptedRound: sealing.countEncryptedRound,
  /**
   * The year's records are built by the records worker, on a task queue of their own: docx and the
   * record's writes then never hold up the worker that answers the steps' Updates (bench/RESULTS.md).
   * The queue follows the workflow's own, so one setting names both.
   */
  generateDocuments: (...args: Parameters<Activities['generateDocuments']>) =>
    proxyActivities<Activities>({
      ...recordOptions,
      taskQueue: recordsTaskQueue(workflowInfo().taskQueue),
    }).generateDocuments(...args),
};

/**
 * Entering one of these phases ends the run: the cycle goes on in a new run of the same workflow with
 * its state (continue-as-new) once the run is quiet. A run the worker keeps in memory holds every
 * command and local-activity argument of its history, and a run it evicted replays its whole history
 * at its next task: a run per stretch of the year bounds both by that stretch. Registration, then
 * the self-assessment with its review, the conference, and the dossier with the committee's review
 * (a returned dossier starts another) are each a run.
 */
const RUN_STARTING_PHASES: readonly Phase[] = ['selfAssessment', 'conference', 'dossier'];

/**
 * What a module adds to a step the registry declares (phases, roles and scope come from there).
 */
export interface StepSpec<A extends StepArgs, R> {
  /** The unit the step acts on, for the scope check of unit roles. */
  unitOf?: (args: A) => string | undefined;
  /** Content checks; throw a DomainError or a refusal. Must not change the state. */
  validate?: (args: A) => void;
  /** Changes the state synchronously (before its first await), then projects. */
  apply: (args: A) => Promise<R>;
}

/** A step's record as a module writes it; the context adds the cycle, the time and the projections. */
type RecordInput = Omit<StepRecord, 'cycleId' | 'seq' | 'at' | 'cycle' | 'units'> & {
  units?: UnitState[] | undefined;
};

export class CycleContext {
  initialized = false;
  /** The chain of records issued after their step answered: the dossier and the year's end wait for it. */
  private issuing: Promise<void> | undefined;
  /** Whether this run projects through local activities (decided once, as the run starts). */
  private projectsLocally = false;
  /** The last projection in flight: the next one starts once it is done. */
  private projecting: Promise<unknown> = Promise.resolve();
  /** Whether this run hands over to a new one at RUN_STARTING_PHASES (decided once, as it starts). */
  private startsRunsAtPhases = false;
  /** A phase that starts a new run was entered: the run hands over once it is quiet. */
  newRunDue = false;
  /** The run is handing over: its deadline timers stop (the next run plans them from the state). */
  handingOver = false;
  /** This run's answers by update id, for the next run (see CycleState.answeredInLastRun). */
  private readonly answered: Record<string, unknown> = {};
  /** The history length of the workflow task that last answered an Update (it names the task). */
  private answeredInTask = -1;

  constructor(readonly state: CycleState) {}

  /** The step's time: the workflow clock, or in a back-filled year the instant of the step taken. */
  nowMs(): number {
    const recorded = this.state.input.backfill ? this.state.recordedAt : undefined;
    return recorded === undefined ? Date.now() : Date.parse(recorded);
  }

  nowIso(): string {
    return new Date(this.nowMs()).toISOString();
  }

  /**
   * The time a step's checks take, before it is applied: its recorded instant in a back-filled year
   * (which must be a real past instant, not before the last step taken), the workflow clock otherwise.
   */
  instantOf(args: StepArgs): number {
    if (!this.state.input.backfill) {
      if (args.recordedAt !== undefined) {
        refuse('INVALID_INPUT', 'Chỉ năm thi đua được nhập lại từ hồ sơ mới ghi thời điểm của từng bước.');
      }
      return Date.now();
    }
    const at = typeof args.recordedAt === 'string' ? Date.parse(args.recordedAt) : Number.NaN;
    if (!Number.isFinite(at)) {
      refuse(
        'INVALID_INPUT',
        'Năm thi đua này được nhập lại từ hồ sơ: các bước của năm chỉ được ghi khi nhập hồ sơ, kèm thời điểm diễn ra.',
      );
    }
    if (at > Date.now()) refuse('INVALID_INPUT', 'Thời điểm của bước này chưa đến.');
    const last = this.state.recordedAt;
    if (last !== undefined && at < Date.parse(last)) {
      refuse('INVALID_INPUT', 'Các bước của năm thi đua đã qua được nhập theo thứ tự thời gian.');
    }
    return at;
  }

  /** Every change gets the next number; projections keep the highest. */
  bump(): number {
    this.state.seq += 1;
    return this.state.seq;
  }

  /** Deadlines moved: their timers start again, the change is numbered, the overdue flag follows. */
  deadlinesMoved(): void {
    this.state.deadlineVersion += 1;
    this.bump();
    this.syncSearchAttributes();
  }

  ack(): Ack {
    return { phase: this.state.phase, seq: this.state.seq };
  }

  /**
   * Writes one step's projection, audit row and notifications, idempotently. A year entered from its
   * records took place long ago: its steps are in its history, and nobody today is told of them.
   */
  async record(rec: RecordInput): Promise<void> {
    // Snapshot now (the state moves on while the activity runs); seq orders the projections.
    const seq = this.state.seq;
    const at = this.nowIso();
    const cycle = cycleProjection(this.state);
    const units = rec.units?.map((u): UnitProjection => unitProjection(this.state, u));
    const notifications = this.state.input.backfill ? undefined : rec.notifications;
    if (!this.initialized) await condition(() => this.initialized);
    const record: StepRecord = { ...rec, cycleId: this.state.cycleId, seq, at, cycle, units, notifications };
    await this.project((via) => via.recordStep(record));
  }

  /**
   * Decides, as the run starts, whether its projections run as local activities and whether it hands
   * over to a new run at RUN_STARTING_PHASES; runs begun before keep the commands of their histories.
   */
  startRun(): void {
    this.projectsLocally = patched('projections-as-local-activities-one-at-a-time');
    this.startsRunsAtPhases = patched('new-run-at-phase');
  }

  /**
   * Waits until the run may end: no handler runs, every record issued after its step's answer is
   * done, and no Update was answered in the current workflow task. The server may drop the answer
   * of an Update completed in the task that continues the workflow as new (temporalio/temporal#6375:
   * the caller waits in vain and the Update is delivered again to the next run), so such a run ends
   * one short timer later, in a task of its own.
   */
  async quiet(): Promise<void> {
    for (;;) {
      await condition(allHandlersFinished);
      if (this.recordsPending) await this.recordsIssued();
      else if (this.answeredInTask === workflowInfo().historyLength) await sleep(1);
      else return;
    }
  }

  /** The input of the run that goes on from here: the year's input and where the cycle stands. */
  nextRunInput(): CycleInput {
    const { input, ...stands } = this.state;
    return { ...input, resume: { ...stands, answeredInLastRun: { ...this.answered } } };
  }

  /** The answer the previous run gave to this update id, if it accepted it. */
  private answeredBefore(updateId: string): { answer: unknown } | undefined {
    const answers = this.state.answeredInLastRun;
    return answers && Object.hasOwn(answers, updateId) ? { answer: answers[updateId] } : undefined;
  }

  /** Runs a projection or a tally: locally and one after the other, or as an activity in older runs. */
  project<T>(run: (via: ProjectionActivities) => Promise<T>): Promise<T> {
    if (!this.projectsLocally) return run(remoteProjections);
    const result = this.projecting.then(() => run(localProjections));
    this.projecting = result.catch(() => undefined);
    return result;
  }

  /** Records an accepted Update: keyed by its update id, done by its actor. */
  recordUpdate(
    step: StepRecord['step'],
    args: { updateId: string; actor: Actor },
    rec: Omit<RecordInput, 'step' | 'key' | 'actor'>,
  ): Promise<void> {
    return this.record({ step, key: args.updateId, actor: args.actor, ...rec });
  }

  /** Synchronous phase change (so the next validator already sees it) and its projection. */
  enterPhase(next: Phase, reason: string, notifications: NotificationSpec[] = []): Promise<void> {
    const from = this.state.phase;
    this.state.phase = next;
    this.state.phaseEnteredAt = this.nowIso();
    this.state.deadlineVersion += 1;
    this.bump();
    this.syncSearchAttributes(true);
    if (this.startsRunsAtPhases && RUN_STARTING_PHASES.includes(next)) this.newRunDue = true;
    return this.record({
      step: 'phase.enter',
      key: `${next}:${this.state.seq}`,
      audit: {
        action: 'cycle.phase',
        entity: 'cycle',
        entityId: this.state.cycleId,
        before: { phase: from },
        after: { phase: next, reason },
      },
      units: this.state.units,
      notifications,
    });
  }

  /**
   * Whether this run issues step records after the step has answered (nobody waits for a .docx to
   * vote on), each in one activity that also audits it; runs begun before keep their command order.
   */
  recordsAfterAnswer(): boolean {
    return patched('records-after-answer');
  }

  /**
   * Issues a step's records: after the answer (the Update returns at once) in a run that does so,
   * before it otherwise. They are issued one after the other, in the order of their steps (their
   * numbers follow it). A failure to build one is handled by `issue` itself (audited, told).
   */
  issueRecords(issue: () => Promise<void>): Promise<void> {
    if (!this.recordsAfterAnswer()) return issue();
    this.issuing = this.issuing ? this.issuing.then(issue) : issue();
    return Promise.resolve();
  }

  /** Records issued after their step answered and not known to be done (never in other runs). */
  get recordsPending(): boolean {
    return this.issuing !== undefined;
  }

  /** Waits until every record issued after its step's answer is done. */
  async recordsIssued(): Promise<void> {
    while (this.issuing) {
      const last = this.issuing;
      await last;
      if (this.issuing === last) this.issuing = undefined;
    }
  }

  /** Upserts ThiDuaPhase / ThiDuaOverdue when they change. */
  syncSearchAttributes(phaseChanged = false): void {
    const overdue = anythingOverdue(this.state);
    if (!phaseChanged && overdue === this.state.searchOverdue) return;
    this.state.searchOverdue = overdue;
    upsertSearchAttributes([
      { key: phaseKey, value: this.state.phase },
      { key: overdueKey, value: overdue },
    ]);
  }

  /**
   * Registers the Update of a declared step: its validator refuses synchronously (no history) with
   * the registry's role, scope and phase checks, then the module's content checks; its handler
   * applies it.
   */
  step<N extends WorkflowStepName>(name: N, spec: StepSpec<StepArgsOf<N> & StepArgs, StepResultOf<N>>): void {
    const validator = (args: StepArgsOf<N> & StepArgs): void =>
      guarded(() => {
        checkUpdateId(args);
        // Accepted by the previous run: answered again below, whatever the cycle's phase is now.
        if (this.answeredBefore(args.updateId)) return;
        checkAccess(this.state, name, args.actor, { unitId: spec.unitOf?.(args) });
        // A back-filled year takes its steps only with their recorded instants (so never from a screen).
        this.instantOf(args);
        if (args.probe === true) refuse('PROBE_ACCEPTED');
        spec.validate?.(args);
      });
    const handler = async (args: StepArgsOf<N> & StepArgs): Promise<StepResultOf<N>> => {
      try {
        const earlier = this.answeredBefore(args.updateId);
        if (earlier) return earlier.answer as StepResultOf<N>;
        // A back-filled step happens at its recorded instant: the year's clock moves to it.
        if (this.state.input.backfill && args.recordedAt !== undefined) {
          this.state.recordedAt = new Date(Date.parse(args.recordedAt)).toISOString();
        }
        const answer = await spec.apply(args);
        if (this.startsRunsAtPhases) this.answered[args.updateId] = answer;
        return answer;
      } catch (error) {
        throw asFailure(error);
      } finally {
        this.answeredInTask = workflowInfo().historyLength;
      }
    };
    setHandler(updates[name] as UpdateDefinition<StepResultOf<N>, [StepArgsOf<N> & StepArgs]>, handler, {
      validator,
    });
  }

  /**
   * Registers an Update no client may send any more: histories that hold accepted calls replay them
   * (replay runs no validator); every new call is refused.
   */
  retired(
    def: UpdateDefinition<Ack, [BallotCastArgs]>,
    refusal: () => never,
    apply: (args: BallotCastArgs) => Promise<Ack>,
  ): void {
    setHandler(def, apply, { validator: (_args: BallotCastArgs) => guarded(refusal) });
  }
}

function checkUpdateId(args: StepArgs): void {
  if (!args || typeof args !== 'object') refuse('INVALID_INPUT');
  if (typeof args.updateId !== 'string' || args.updateId.trim() === '') {
    refuse('INVALID_INPUT', 'Thiếu mã thao tác (updateId).');
  }
  const info = currentUpdateInfo();
  if (info && info.id !== args.updateId) refuse('UPDATE_ID_MISMATCH', undefined, { updateId: args.updateId });
}
