import {
  allCriteria,
  demoConferenceSession,
  demoTemplate2022,
  type VoteKind,
  vietnamDate,
} from '@thidua/domain';
import type { SeededBloc, SeededOrg } from '../org/seed';
import { type ApiClient, apiClient, classify } from './client';
import { type CycleLedger, newLedger } from './ledger';
import { runStep, type StepConfirmation, StepFailed, type StepOptions } from './step';

export interface CycleDriverOptions extends StepOptions {
  baseUrl: string;
  /** Seconds-long deadlines: the timers fire (reminders, overdue marks) while the cycle runs. */
  deadlineStepMs: number;
}

/**
 * API calls and workflow Updates of one cycle with K units: per unit pact, registration, draft,
 * sign-off, submission and four ballots (PostgreSQL alone accepts a ballot: no Update); per bloc
 * start, plan, lock, attendance, four opens and closes, results, proposal, acceptance, decision, close.
 */
export function cycleSize(unitsPerBloc: number): { steps: number; updates: number } {
  return { steps: 9 * unitsPerBloc + 17, updates: 4 * unitsPerBloc + 16 };
}

/** A province's dossiers built at once queue for the workers' activity slots: minutes, not seconds. */
const DOSSIER_WAIT_MS = 10 * 60_000;

/** A ballot retried after an unknown outcome is proven cast only by ALREADY_VOTED. */
const BALLOT_CONFIRMATION: StepConfirmation = { confirmedBy: new Set(['ALREADY_VOTED']) };

/** Scores at `pct` of every criterion's maximum, in the table's step. */
function draft(pct: number) {
  const step = demoTemplate2022.scoreStep;
  return allCriteria(demoTemplate2022).map((c) => ({
    criterionId: c.id,
    selfScore: Math.floor((c.maxPoints * pct) / step) * step,
  }));
}

/**
 * One bloc's whole year through the tRPC API, as its people would click it: the secretariat starts
 * the cycle, the head adopts the plan, every unit signs, registers, scores itself and submits, the
 * head locks the scores and chairs four votes (flag to the first unit, certificates to the next ones,
 * head and deputy for next year), the dossier goes to the committee, which decides; the head closes.
 */
export class CycleDriver {
  readonly ledger: CycleLedger;
  private readonly head: ApiClient;
  private readonly secretariat: ApiClient;
  private readonly committee: ApiClient;
  private readonly units: Map<string, ApiClient>;

  constructor(
    readonly org: SeededOrg,
    readonly bloc: SeededBloc,
    readonly options: CycleDriverOptions,
  ) {
    this.ledger = newLedger(bloc.id, bloc.cycleId);
    this.head = apiClient(options.baseUrl, bloc.head);
    this.secretariat = apiClient(options.baseUrl, org.secretariat);
    this.committee = apiClient(options.baseUrl, org.committee);
    this.units = new Map(bloc.units.map((u) => [u, apiClient(options.baseUrl, bloc.unitHeads[u]!)]));
  }

  private step<T>(key: string, update: boolean, call: () => Promise<T>, confirmation?: StepConfirmation) {
    return runStep(this.ledger, this.options, key, update, call, confirmation);
  }

  private unit(unitId: string): ApiClient {
    return this.units.get(unitId)!;
  }

  private eachUnit(fn: (unitId: string, index: number) => Promise<unknown>) {
    return Promise.all(this.bloc.units.map(fn));
  }

  async run(): Promise<CycleLedger> {
    const cycleId = this.bloc.cycleId;
    const units = this.bloc.units;
    const at = (n: number) => new Date(Date.now() + n * this.options.deadlineStepMs).toISOString();
    await this.step('start', false, () =>
      this.secretariat.cycles.start.mutate({
        blocId: this.bloc.id,
        year: this.org.year,
        calendar: { registration: at(1), selfAssessment: at(2), reviewResponse: at(3), dossier: at(4) },
      }),
    );
    await this.step('adoptPlan', true, () =>
      this.head.cycles.adoptPlan.mutate({ cycleId, planTitle: `Kế hoạch thi đua năm ${this.org.year}` }),
    );
    await this.eachUnit((unitId) =>
      this.step(`signPact:${unitId}`, true, () =>
        this.unit(unitId).registration.signPact.mutate({ cycleId, unitId }),
      ),
    );
    await this.eachUnit((unitId) =>
      this.step(`registerTargets:${unitId}`, true, () =>
        this.unit(unitId).registration.registerTargets.mutate({
          cycleId,
          unitId,
          targets: [{ title: 'Hoàn thành 100% chỉ tiêu được giao' }],
          aims: ['provincialFlag'],
        }),
      ),
    );
    await this.eachUnit(async (unitId, i) => {
      const api = this.unit(unitId);
      await this.step(`saveDraft:${unitId}`, false, () =>
        api.selfAssessment.saveDraft.mutate({ cycleId, unitId, criteria: draft(1 - i * 0.025) }),
      );
      await this.step(`signOff:${unitId}`, true, () =>
        api.selfAssessment.signOff.mutate({ cycleId, unitId }),
      );
      const submitted = await this.step(`submit:${unitId}`, true, () =>
        api.selfAssessment.submit.mutate({ cycleId, unitId }),
      );
      (submitted.confirmed ? this.ledger.submissionsConfirmed : this.ledger.submissions).add(unitId);
    });
    await this.step('lockScores', true, () => this.head.review.lock.mutate({ cycleId }));
    await this.step('recordAttendance', true, () =>
      this.head.conference.recordAttendance.mutate({
        cycleId,
        presentUnitIds: [...units],
        session: demoConferenceSession({
          presentUnitIds: units,
          headUnitId: units[0] as string,
        }),
      }),
    );

    await this.vote('provincialFlag', () => [units[0]!]);
    const merit = await this.vote('certificateOfMerit', (candidates) => candidates.slice(0, 3));
    await this.vote('blocHead', () => [units[1]!]);
    await this.vote('blocDeputy', (candidates) => [candidates.find((u) => u !== units[1]) ?? units[0]!]);
    await this.step('confirmResults', true, () => this.head.conference.confirmResults.mutate({ cycleId }));

    await this.dossierReady();
    await this.step('submitProposal', true, () => this.head.dossier.submit.mutate({ cycleId }));
    await this.step('acceptProposal', true, () => this.committee.committee.accept.mutate({ cycleId }));
    await this.step('recordDecision', true, () =>
      this.committee.committee.recordDecision.mutate({
        cycleId,
        // One number per bloc of the province; a decision is dated no later than today.
        number: `${Number(this.bloc.id.slice(-4)) + 1}/QĐ-UBND`,
        decisionDate: vietnamDate(Date.now()),
        signerName: 'Nguyễn Văn A',
        signerTitle: 'Chủ tịch',
        awards: [
          { unitId: units[0]!, award: 'provincialFlag' },
          ...merit.map((unitId) => ({ unitId, award: 'certificateOfMerit' as const })),
        ],
      }),
    );
    await this.step('closeCycle', true, () => this.head.cycles.close.mutate({ cycleId }));
    this.ledger.endedAt = Date.now();
    return this.ledger;
  }

  /** Opens a round, every unit votes `choose(candidates)`, the head closes it; returns the choice. */
  private async vote(voteKind: VoteKind, choose: (candidates: string[]) => string[]): Promise<string[]> {
    const cycleId = this.bloc.cycleId;
    const opened = await this.step(`openRound:${voteKind}`, true, () =>
      this.head.conference.openRound.mutate({ cycleId, voteKind }),
    );
    // A confirmed open (its answer was lost) is found again on the conference screen.
    const round = opened.value
      ? { id: opened.value.roundId, candidates: opened.value.candidateUnitIds }
      : await this.openRound(voteKind);
    const choices = choose(round.candidates);
    const accepted = new Set<string>();
    const confirmed = new Set<string>();
    this.ledger.ballots.set(round.id, accepted);
    this.ledger.ballotsConfirmed.set(round.id, confirmed);
    await this.eachUnit(async (unitId) => {
      // One transaction in PostgreSQL, no Update: committed (OK, or ALREADY_VOTED on a retry) or not at all.
      const cast = await this.step(
        `castBallot:${round.id}:${unitId}`,
        false,
        () =>
          this.unit(unitId).conference.castBallot.mutate({
            roundId: round.id,
            unitId,
            choices: { kind: 'choices', candidateIds: choices },
          }),
        BALLOT_CONFIRMATION,
      );
      (cast.confirmed ? confirmed : accepted).add(unitId);
    });
    const closed = await this.step(`closeRound:${voteKind}`, true, () =>
      this.head.conference.closeRound.mutate({ roundId: round.id }),
    );
    // A confirmed close (its answer was lost; the retry was refused ROUND_CLOSED) may still be counting:
    // the chair waits for the result before the next vote, whose candidates depend on it.
    if (closed.confirmed) await this.tallied(round.id);
    return choices;
  }

  /** Waits until the cycle's history shows the round's tally (the workflow has applied it). */
  private tallied(roundId: string): Promise<true> {
    return this.until(`round ${roundId} tallied`, this.options.giveUpMs, 500, async () => {
      const history = await this.head.audit.list.query({
        cycleId: this.bloc.cycleId,
        page: { limit: 200, offset: 0 },
      });
      return history.rows.some((r) => r.action === 'vote.tally' && r.entityId === roundId) || undefined;
    });
  }

  /**
   * Waits, as the dossier screen does, until the records are ready: only then is the submission
   * offered. A submission tried before is refused DOCUMENTS_NOT_READY, each refusal a workflow task.
   */
  private dossierReady(): Promise<true> {
    return this.until('dossier ready', DOSSIER_WAIT_MS, 3_000, async () => {
      const view = await this.head.dossier.list.query({ cycleId: this.bloc.cycleId });
      if (view.failure) throw new StepFailed(`${this.bloc.id}: dossier failed: ${view.failure}`);
      return view.ready || undefined;
    });
  }

  private openRound(voteKind: VoteKind): Promise<{ id: string; candidates: string[] }> {
    return this.until(`${voteKind} round found`, this.options.giveUpMs, 500, async () => {
      const view = await this.head.conference.get.query({ cycleId: this.bloc.cycleId });
      const round = view.rounds.filter((r) => r.voteKind === voteKind && r.status === 'open').at(-1);
      if (!round) throw new Error(`${this.bloc.id}: no open ${voteKind} round after a lost answer`);
      return { id: round.id, candidates: round.candidates.map((c) => c.unitId) };
    });
  }

  /**
   * Reads `probe` every `intervalMs` until it gives a value. A refusal, a StepFailed or the time box
   * stop it at once; other errors (the API restarting) only after `limitMs`.
   */
  private async until<T>(
    what: string,
    limitMs: number,
    intervalMs: number,
    probe: () => Promise<T | undefined>,
  ) {
    const deadline = Date.now() + limitMs;
    for (;;) {
      if (this.options.signal?.aborted) throw new StepFailed(`${this.bloc.id}: ${what}: stopped (time box)`);
      try {
        const value = await probe();
        if (value !== undefined) return value;
      } catch (error) {
        if (error instanceof StepFailed || classify(error).kind === 'refused' || Date.now() > deadline)
          throw error;
      }
      if (Date.now() > deadline) throw new Error(`${this.bloc.id}: ${what}: not in ${limitMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}
