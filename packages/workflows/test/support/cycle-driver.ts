/**
 * Plays the API's part against one cycle: the demo bloc (Khối Nội chính, 9 units), its accounts,
 * score sheets and ballots. Every step goes through the typed client helper, as the API's would;
 * ballots go to PostgreSQL only, as the API's do.
 */
import {
  type AwardKind,
  allCriteria,
  type Ballot,
  copyTemplateForYear,
  demoConferenceSession,
  demoDataset,
  demoRuleSet,
  demoUserSlug,
  type RuleSet,
  type ScoringTemplate,
  type VoteKind,
  vietnamDate,
} from '@thidua/domain';
import { expect } from 'vitest';
import {
  type CycleHandle,
  executeStep,
  newUpdateId,
  queryCycle,
  type StepArgsOf,
  type StepError,
  type StepResult,
  type StepResultOf,
  startCycle,
} from '../../src/client';
import type { UpdateName } from '../../src/cycle/messages';
import type { CycleSnapshot } from '../../src/cycle/snapshot';
import type { Actor, CycleCalendar, CycleInput } from '../../src/cycle/types';
import { castAsApi } from './ballots';
import { eventually, type Harness } from './harness';

const BLOC = 'b-noichinh';
const PROVINCE = 'p-backan';
export const UNITS = [...demoDataset.memberIds];
/** Seeded: the FK target of a new cycle row until the year's rule set is adopted. */
export const SEEDED_RULE_SET = 'rs-backan-noichinh-2023';

export type Who =
  | 'head'
  | 'deputy'
  | 'secretariat'
  | 'committee'
  | 'admin'
  | { unitHead: string }
  | { unitOfficer: string };

export function unitName(id: string): string {
  const unit = demoDataset.units.find((u) => u.id === id);
  return unit?.names.at(-1)?.shortName ?? unit?.names.at(-1)?.name ?? id;
}

/** What a unit writes against its first criterion. */
export const explanationOf = (unitId: string) =>
  `${unitName(unitId)} hoàn thành 100% kế hoạch công tác năm, không có đơn thư tồn đọng.`;

/** Scores at `pct` of every criterion's maximum, in the template's step. */
export function sheetAt(template: ScoringTemplate, pct: number) {
  const step = template.scoreStep;
  return {
    criteria: allCriteria(template).map((c) => ({
      criterionId: c.id,
      selfScore: Math.floor((c.maxPoints * pct) / step) * step,
    })),
  };
}

/**
 * The demo rule set of a year with every vote counted on the ballots received, as some blocs'
 * regulations do (the default counts on all members): for cases about a round's own ballots.
 */
export function ruleSetOnBallotsReceived(year: number): RuleSet {
  const base = demoRuleSet(year);
  const votes = Object.fromEntries(
    Object.entries(base.votes).map(([kind, rule]) => [kind, { ...rule, denominator: 'ballotsReceived' }]),
  ) as RuleSet['votes'];
  return { ...base, votes };
}

export function calendarFromNow(offsets: Partial<Record<keyof CycleCalendar, number>> = {}): CycleCalendar {
  const now = Date.now();
  const at = (ms: number) => new Date(now + ms).toISOString();
  return {
    registration: at(offsets.registration ?? 3_600_000),
    selfAssessment: at(offsets.selfAssessment ?? 3_600_000),
    reviewResponse: at(offsets.reviewResponse ?? 7_200_000),
    dossier: at(offsets.dossier ?? 10_800_000),
  };
}

export interface DriverOptions {
  year: number;
  calendar?: CycleCalendar;
  reminderOffsetsMs?: number[];
  committee?: CycleInput['committee'];
  leadership?: CycleInput['leadership'];
  ruleSet?: RuleSet;
}

export class CycleDriver {
  readonly year: number;
  readonly workflowId: string;
  readonly template: ScoringTemplate;
  readonly ruleSet: RuleSet;
  readonly input: CycleInput;
  handle!: CycleHandle;

  constructor(
    readonly h: Harness,
    options: DriverOptions,
  ) {
    this.year = options.year;
    this.workflowId = `cycle:${BLOC}:${options.year}`;
    this.template = copyTemplateForYear(demoDataset.templates[2022], options.year);
    this.ruleSet = options.ruleSet ?? demoRuleSet(options.year);
    this.input = {
      blocId: BLOC,
      provinceId: PROVINCE,
      year: options.year,
      units: UNITS.map((id) => ({
        id,
        code: demoDataset.units.find((u) => u.id === id)?.code ?? id,
        name: unitName(id),
      })),
      leadership: options.leadership ?? { headUnitId: 'u-ttt', deputyUnitId: 'u-cat' },
      calendar: options.calendar ?? calendarFromNow(),
      reminderOffsetsMs: options.reminderOffsetsMs ?? [2_000],
      ruleSetId: SEEDED_RULE_SET,
      scoringTemplate: this.template,
      committee: options.committee ?? { durationMs: 3_600_000 },
    };
  }

  actor(who: Who): Actor {
    const id = (username: string) => {
      const userId = this.h.users.get(username);
      if (!userId) throw new Error(`no demo user ${username}`);
      return userId;
    };
    if (who === 'head')
      return { userId: id('thanhtra.truongkhoi'), role: 'blocHead', unitId: 'u-ttt', blocId: BLOC };
    if (who === 'deputy')
      return { userId: id('congan.phokhoi'), role: 'blocDeputy', unitId: 'u-cat', blocId: BLOC };
    if (who === 'secretariat')
      return { userId: id('bandtdkt.chuyenvien'), role: 'secretariat', provinceId: PROVINCE };
    if (who === 'committee')
      return { userId: id('ubnd.thamdinh'), role: 'committeeReviewer', provinceId: PROVINCE };
    if (who === 'admin') return { userId: id('admin'), role: 'admin' };
    if ('unitHead' in who)
      return {
        userId: id(`${demoUserSlug(who.unitHead)}.thutruong`),
        role: 'unitHead',
        unitId: who.unitHead,
      };
    return {
      userId: id(`${demoUserSlug(who.unitOfficer)}.canbo`),
      role: 'unitOfficer',
      unitId: who.unitOfficer,
    };
  }

  async start(): Promise<this> {
    const started = await startCycle(this.h.client, this.input, { taskQueue: this.h.taskQueue });
    if (!started.ok) throw new Error(started.error.message);
    this.handle = started.value;
    return this;
  }

  /** Runs a step as `who`; the payload gets a fresh update id unless one is given. */
  try<N extends UpdateName>(
    update: N,
    who: Who,
    payload: Omit<StepArgsOf<N>, 'actor' | 'updateId'> & { updateId?: string },
  ): Promise<StepResult<StepResultOf<N>>> {
    const args = { updateId: newUpdateId(), ...payload, actor: this.actor(who) } as StepArgsOf<N>;
    return executeStep(this.h.client, this.workflowId, update, args);
  }

  async step<N extends UpdateName>(
    update: N,
    who: Who,
    payload: Omit<StepArgsOf<N>, 'actor' | 'updateId'> & { updateId?: string },
  ): Promise<StepResultOf<N>> {
    const result = await this.try(update, who, payload);
    if (!result.ok) throw new Error(`${update} refused: ${result.error.code} ${result.error.message}`);
    return result.value;
  }

  async refused<N extends UpdateName>(
    update: N,
    who: Who,
    payload: Omit<StepArgsOf<N>, 'actor' | 'updateId'> & { updateId?: string },
  ): Promise<StepError & { updateId: string }> {
    const updateId = payload.updateId ?? newUpdateId();
    const result = await this.try(update, who, { ...payload, updateId });
    expect(result.ok, `${update} should be refused`).toBe(false);
    return { ...(result as { ok: false; error: StepError }).error, updateId };
  }

  state(): Promise<CycleSnapshot> {
    return queryCycle(this.h.client, this.workflowId);
  }

  // --- whole phases -------------------------------------------------------------------------------
  async adoptAndSign(): Promise<void> {
    await this.step('adoptPlan', 'head', {
      planTitle: `Kế hoạch thi đua năm ${this.year}`,
      ruleSet: this.ruleSet,
      scoringTemplate: this.template,
    });
    await Promise.all(UNITS.map((u) => this.step('signPact', { unitHead: u }, { unitId: u })));
  }

  async registerAll(units = UNITS): Promise<void> {
    await Promise.all(
      units.map((u) =>
        this.step(
          'registerTargets',
          { unitHead: u },
          { unitId: u, targets: [{ title: 'Hoàn thành 100% chỉ tiêu được giao' }], aims: ['provincialFlag'] },
        ),
      ),
    );
  }

  /** Descending scores: the first unit ≈100 %, then 97.5 %, 95 %… (the order of UNITS). */
  pctOf(unitId: string): number {
    return 1 - UNITS.indexOf(unitId as (typeof UNITS)[number]) * 0.025;
  }

  async submit(unitId: string, pct = this.pctOf(unitId)) {
    const sheet = sheetAt(this.template, pct);
    // The unit explains its first criterion, as a unit writes its results into the sheet.
    const [first, ...rest] = sheet.criteria;
    const criteria = first ? [{ ...first, selfNote: explanationOf(unitId) }, ...rest] : rest;
    await this.step('signOffSelfAssessment', { unitHead: unitId }, { unitId, sheet: { criteria } });
    return this.step('submitSelfAssessment', { unitOfficer: unitId }, { unitId });
  }

  async submitAll(units: readonly string[] = UNITS): Promise<void> {
    await Promise.all(units.map((u) => this.submit(u)));
  }

  async toConference(): Promise<void> {
    await this.adoptAndSign();
    await this.registerAll();
    await this.submitAll();
    await this.step('lockScores', 'head', {});
  }

  async attendance(present: readonly string[] = UNITS) {
    return this.step('recordAttendance', 'secretariat', {
      presentUnitIds: [...present],
      session: demoConferenceSession({
        presentUnitIds: present,
        headUnitId: this.input.leadership.headUnitId,
      }),
    });
  }

  async open(voteKind: VoteKind, candidateUnitIds?: string[]) {
    return this.step('openRound', 'head', { voteKind, ...(candidateUnitIds ? { candidateUnitIds } : {}) });
  }

  /** The API's secret ballot: one PostgreSQL transaction, nothing sent to the workflow. */
  cast(roundId: string, unitId: string, choices: string[] | Ballot) {
    const ballot: Ballot = Array.isArray(choices) ? { kind: 'choices', candidateIds: choices } : choices;
    const { userId, role } = this.actor({ unitHead: unitId });
    return castAsApi(this.h.api, { roundId, unitId, choices: ballot, by: { userId, role } });
  }

  /** Every voter in `plan` casts its choices (in parallel, as at a real conference). */
  async vote(roundId: string, plan: Record<string, string[]>): Promise<void> {
    const results = await Promise.all(
      Object.entries(plan).map(([unit, choices]) => this.cast(roundId, unit, choices)),
    );
    for (const r of results) if (!r.ok) throw new Error(`ballot refused: ${r.error.code}`);
  }

  /** The i-th voter casts the i-th ballot. */
  async voteInOrder(roundId: string, voters: readonly string[], ballots: readonly string[][]): Promise<void> {
    await this.vote(roundId, Object.fromEntries(voters.map((u, i) => [u, ballots[i] as string[]])));
  }

  /** The chair closes a round, naming the present units that have not voted (`notVoted`). */
  close(roundId: string, notVoted?: string[]) {
    return this.step('closeRound', 'head', { roundId, ...(notVoted ? { notVotedUnitIds: notVoted } : {}) });
  }

  /**
   * A round every voter answers alike: opened, voted and closed, the chair naming the present units
   * that did not vote; answers the close.
   */
  async unanimous(voteKind: VoteKind, choices: string[], voters: readonly string[] = UNITS) {
    const present = (await this.state()).attendance?.present ?? [];
    const notVoted = present.filter((u) => !voters.includes(u));
    const round = await this.open(voteKind);
    await this.vote(round.roundId, Object.fromEntries(voters.map((u) => [u, choices])));
    return this.close(round.roundId, notVoted);
  }

  /** Head and deputy for next year: everyone votes the same unit; the chair names those who did not. */
  /** The conference's award rounds: every unit present, the flag to Sở Nội vụ, certificates to Sở Tư pháp and Thanh tra. */
  async voteAwards(): Promise<void> {
    await this.attendance();
    await this.unanimous('provincialFlag', ['u-snv']);
    await this.unanimous('certificateOfMerit', ['u-stp', 'u-ttt']);
  }

  async electLeaders(head: string, deputy: string, voters: readonly string[] = UNITS): Promise<void> {
    await this.unanimous('blocHead', [head], voters);
    await this.unanimous('blocDeputy', [deputy], voters);
  }

  /**
   * The conference after its flag round: certificates to Sở Tư pháp and Thanh tra, Công an and
   * Tòa án to lead next year, the results confirmed.
   */
  async concludeConference(): Promise<void> {
    await this.unanimous('certificateOfMerit', ['u-stp', 'u-ttt']);
    await this.electLeaders('u-cat', 'u-tand');
    await this.step('confirmResults', 'head', {});
  }

  /**
   * The year to its end once the flag went to Sở Nội vụ: the rest of the conference, the dossier
   * accepted, the decision and the close. Answers the id of next year's workflow, which it stops.
   */
  async finishYear(decisionNumber: string): Promise<string> {
    await this.concludeConference();
    await this.dossierReady();
    await this.step('submitProposal', 'head', {});
    await this.step('acceptProposal', 'committee', {});
    await this.decide(decisionNumber, { 'u-snv': 'provincialFlag' });
    return this.closeYear();
  }

  /**
   * The year to the province's decision: the flag voted to Sở Nội vụ, certificates to Sở Tư pháp and
   * Thanh tra, Công an and Tòa án elected, the dossier accepted; the flag and Sở Tư pháp's certificate decided.
   */
  async toDecided(decisionNumber: string): Promise<void> {
    await this.toConference();
    await this.voteAwards();
    await this.electLeaders('u-cat', 'u-tand');
    await this.step('confirmResults', 'head', {});
    await this.dossierReady(90_000);
    await this.step('submitProposal', 'head', {});
    await this.step('acceptProposal', 'committee', {});
    await this.decide(decisionNumber, { 'u-snv': 'provincialFlag', 'u-stp': 'certificateOfMerit' });
  }

  /** Closes the year; answers the id of next year's workflow, which it stops. */
  async closeYear(): Promise<string> {
    await this.step('closeCycle', 'head', {});
    const { nextWorkflowId } = await this.handle.result();
    if (nextWorkflowId) await this.h.client.workflow.getHandle(nextWorkflowId).terminate('test done');
    return nextWorkflowId ?? '';
  }

  /** The dossier's records are generated in the background: waits until they are ready. */
  async dossierReady(timeoutMs = 60_000): Promise<void> {
    await eventually(async () => (await this.state()).dossier.status === 'ready', timeoutMs);
  }

  /** The province's decision on the cycle, dated today (Vietnam time): each unit with its award. */
  decide(
    number: string,
    awards: Record<string, AwardKind>,
    signer = { signerName: 'Nguyễn Văn A', signerTitle: 'Chủ tịch' },
  ) {
    return this.step('recordDecision', 'committee', {
      number,
      decisionDate: vietnamDate(Date.now()),
      ...signer,
      awards: Object.entries(awards).map(([unitId, award]) => ({ unitId, award })),
    });
  }

  async historyJson(): Promise<string> {
    return JSON.stringify(await this.handle.fetchHistory());
  }
}
