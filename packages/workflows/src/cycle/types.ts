import type {
  Actor,
  CandidacyWithdrawalRecord,
  DeadlineKind,
  DecisionRecord,
  EligibilityCaseRecord,
  NominationRecord,
  Phase,
  RevocationRecord,
} from '@thidua/activities/contract';
import type { CiphertextJson, PartialDecryption, ShareRegistration } from '@thidua/ballot-crypto';
import {
  type Candidate,
  type ConferenceSession,
  type EligibilityBlockCode,
  type LateHandIn,
  phases,
  type RuleSet,
  type ScoreSheet,
  type ScoringTemplate,
  type TallyOutcome,
  type VoteKind,
} from '@thidua/domain';

export type { Actor, DeadlineKind, Phase };

export { phases };

export const deadlineKinds: readonly DeadlineKind[] = [
  'registration',
  'selfAssessment',
  'reviewResponse',
  'dossier',
];

/** The phase whose work a deadline closes; moving it after that phase is over makes no sense. */
export const deadlinePhase: Record<DeadlineKind, Phase> = {
  registration: 'registration',
  selfAssessment: 'selfAssessment',
  reviewResponse: 'review',
  dossier: 'dossier',
};

/** ISO timestamps (tests pass seconds-long deadlines; production passes dates at 23:59 local time). */
export type CycleCalendar = Record<DeadlineKind, string>;

export interface UnitInfo {
  id: string;
  /** Short stable code: the last tie-breaker of the ranking. */
  code: string;
  name: string;
  /** Legal blocks known at the start (discipline under review, …); they bar candidacy. */
  flags?: EligibilityBlockCode[] | undefined;
}

export interface CycleInput {
  blocId: string;
  provinceId: string;
  year: number;
  /** Defaults to the workflow id (`cycle:<blocId>:<year>`). */
  cycleId?: string | undefined;
  units: UnitInfo[];
  /** This year's head and deputy units (elected at last year's conference). */
  leadership: { headUnitId: string; deputyUnitId: string | null };
  calendar: CycleCalendar;
  /** How long before a deadline reminders go out; default 7 days and 1 day. */
  reminderOffsetsMs?: number[] | undefined;
  /** The rule set row the cycle starts under (a FK in PostgreSQL); `adoptPlan` sets the adopted one. */
  ruleSetId: string;
  /** Draft criteria table copied from last year, edited in PostgreSQL before adoption. */
  scoringTemplate?: ScoringTemplate | undefined;
  /** Public holidays (YYYY-MM-DD) the committee's working-day clock skips. */
  holidays?: string[] | undefined;
  /** The provincial processing clock: 25 working days by default; tests give a duration in ms. */
  committee?: { workingDays?: number | undefined; durationMs?: number | undefined } | undefined;
  previousCycleId?: string | undefined;
  /**
   * A past year entered from its records by the seed or an import, never a year started from the web
   * app: every step carries the instant it took place (`recordedAt`), the steps' date checks (the conference
   * held today, a decision not dated after today, a unit late or on time) take that instant, and no
   * deadline timer fires: the year's reminders and late marks belong to its own time.
   */
  backfill?: true | undefined;
  /** Set only by the cycle itself when it goes on in a new run (see RUN_STARTING_PHASES): where it stood. */
  resume?: ResumedRun | undefined;
}

/** A cycle's state as one run hands it to the next (its input travels beside it). */
type ResumedRun = Omit<CycleState, 'input'>;

type SelfAssessmentStatus = 'draft' | 'signedOff' | 'submitted' | 'returned';

export interface EligibilityCaseState extends EligibilityCaseRecord {
  recordedAt: string;
  recordedBy: string;
  cleared?: { on: string; note: string; at: string; by: string } | undefined;
}

export interface UnitState {
  id: string;
  code: string;
  name: string;
  flags: EligibilityBlockCode[];
  pactSignedAt?: string | undefined;
  registeredAt?: string | undefined;
  registrationLate?: boolean | undefined;
  sa: {
    status: SelfAssessmentStatus;
    /** The signed-off sheet (self scores), with reviewed scores merged in during review. */
    sheet?: ScoreSheet | undefined;
    signedOffAt?: string | undefined;
    signedOffBy?: string | undefined;
    submittedAt?: string | undefined;
    late: boolean;
    returns: number;
    returnReason?: string | undefined;
  };
  review: { reviewedAt?: string | undefined; changed: boolean; respondedAt?: string | undefined };
  extensions: Partial<Record<DeadlineKind, { until: string; reason: string; grantedBy: string }>>;
  overdue: Partial<Record<DeadlineKind, boolean>>;
  /** Reports handed in after their deadline; each costs the rule set's points. */
  lateReports: number;
  /** Each of those reports: the deadline that applied when it was handed in, and when. */
  lateHandIns: LateHandIn[];
}

export interface RoundResult {
  outcome: TallyOutcome;
  electedIds: string[];
  tiedIds: string[];
  ballotsReceived: number;
  validBallots: number;
  invalidBallots: number;
  votes: { unitId: string; votes: number; percentHundredths: number; passed: boolean }[];
  conclusion: string;
  /** Units present at the conference that cast no ballot in this round (the receipts tell). */
  missingVoters: string[];
}

export interface RoundState {
  id: string;
  kind: VoteKind;
  number: number;
  parentId?: string | undefined;
  /** 'counting': an encrypted round whose casting is sealed, awaiting its board's decryptions. */
  status: 'open' | 'closing' | 'counting' | 'closed';
  candidates: Candidate[];
  seats: number;
  maxChoices: number;
  members: number;
  present: number;
  ballotsIssued: number;
  /**
   * Units that voted (turnout only, never choices), from the receipts when the round is tallied:
   * empty while the round is open, since ballots are accepted by PostgreSQL alone.
   */
  voters: string[];
  openedAt: string;
  /** When the chair closed the round and the counting began. */
  countStartedAt?: string | undefined;
  /** When the count was done (the round closed). */
  closedAt?: string | undefined;
  result?: RoundResult | undefined;
  /** An encrypted round's counting board and its public values; absent for plaintext ballots. */
  board?: EncryptedRoundState | undefined;
}

/** A seat of the counting board; its share and partial decryption once sent (public values only). */
export interface BoardSeatState {
  seat: number;
  userId: string;
  unitId: string;
  name: string;
  registration?: ShareRegistration | undefined;
  partial?: PartialDecryption | undefined;
}

export interface EncryptedRoundState {
  seats: BoardSeatState[];
  /** ΣX_i once every share is registered: the ballots are taken from then on. */
  publicKey?: string | undefined;
  /** Sealed at close: the sums per candidate then blank, the ballots they add up, who voted. */
  sealed?:
    | { sums: CiphertextJson[]; ballotCount: number; receiptUnitIds: string[]; missingVoters: string[] }
    | undefined;
}

type VoteStatus = 'notStarted' | 'open' | 'awaitingChair' | 'decided' | 'noProposal';

export interface VoteState {
  kind: VoteKind;
  status: VoteStatus;
  /** Elected across the rounds (runoff winners added to those above the tie). */
  elected: string[];
  roundIds: string[];
}

export interface NominationState extends NominationRecord {
  status: 'proposed' | 'cut';
  cutReason?: string | undefined;
}

interface CommitteeClock {
  workingDays: number;
  startedAt?: string | undefined;
  dueAt?: string | undefined;
  /** The working day the answer is due on (YYYY-MM-DD, Vietnam time). */
  dueDate?: string | undefined;
  overdue: boolean;
  /** One period per submission; a return stops the clock, a resubmission restarts it. */
  periods: { startedAt: string; dueAt: string; endedAt?: string | undefined; outcome?: string | undefined }[];
}

export interface CycleState {
  input: CycleInput;
  cycleId: string;
  phase: Phase;
  phaseEnteredAt: string;
  calendar: CycleCalendar;
  reminderOffsetsMs: number[];
  /** Adopted in setup. */
  plan?: { title: string; adoptedAt: string; adoptedBy: string } | undefined;
  ruleSet?: RuleSet | undefined;
  template?: ScoringTemplate | undefined;
  units: UnitState[];
  /** Phases the bloc head closed before every unit was done. */
  forced: Phase[];
  /**
   * Units that handed in no self-assessment by the lock: not ranked, listed as "không nộp báo cáo".
   * Absent in cycles locked before the rule (they ranked such units last with 0 points).
   */
  notSubmitted?: string[] | undefined;
  /** Scores locked and ranked. */
  ranking?:
    | { unitId: string; total: number; tier: string; position: number; latePenalty: number }[]
    | undefined;
  attendance?:
    | {
        present: string[];
        writtenOpinion: string[];
        recordedAt: string;
        sessionId: string;
        /** Absent only in histories recorded before the session was asked for. */
        session?: ConferenceSession | undefined;
      }
    | undefined;
  rounds: RoundState[];
  votes: Record<VoteKind, VoteState>;
  /** Units withdrawn by their head's letter from an award's candidates, before that vote opened. */
  withdrawals: (CandidacyWithdrawalRecord & { at: string; by: string })[];
  /** Cases recorded against units this year: an open one blocks as its kind's rule says. */
  eligibilityCases: EligibilityCaseState[];
  /** Awards the bloc proposed to revoke after the decision, on a case found later. */
  revocations: (RevocationRecord & { at: string; by: string })[];
  resultsConfirmedAt?: string | undefined;
  elected?:
    | {
        headUnitId: string;
        /** Null: the conference elected no deputy (a warning the chair confirmed with a reason). */
        deputyUnitId: string | null;
        warnings: string[];
        /** The chair's reason for confirming despite the rotation warnings. */
        rotationReason?: string | undefined;
      }
    | undefined;
  nominations: NominationState[];
  /** Records issued at their own steps (pact, score table, ballots, vote-count minutes). */
  stepRecordIds: string[];
  dossier: {
    status:
      | 'notStarted'
      | 'generating'
      | 'ready'
      | 'failed'
      | 'submitted'
      | 'returned'
      | 'accepted'
      | 'decided';
    /** Why the last generation failed: the missing fact, named, with where to enter it. */
    failure?: string | undefined;
    generation: number;
    documentIds: string[];
    /** The current Tờ trình among them (what the committee receives). */
    proposalDocumentId?: string | undefined;
    submissions: number;
    returnReason?: string | undefined;
    overdue: boolean;
    remindersSent: string[];
  };
  committee: CommitteeClock;
  decision?: (DecisionRecord & { recordedAt: string; documentIds: string[] }) | undefined;
  /** The update id of a decision whose row is being written; other committee steps wait for it. */
  decisionInFlight?: string | undefined;
  closeRequested?: { at: string; by: string; nextCalendar?: CycleCalendar | undefined } | undefined;
  nextCycle?: { workflowId: string; started: boolean; note?: string | undefined } | undefined;
  /** Reminder keys already sent (unit or bloc, kind, offset, due). */
  remindersSent: string[];
  /** Bumped whenever a deadline moves or the phase changes: the timer loop re-plans. */
  deadlineVersion: number;
  /** Grows with every change; projections never move backwards. */
  seq: number;
  searchOverdue: boolean;
  /** A back-filled year: the instant of the last step taken, the year's clock. */
  recordedAt?: string | undefined;
  /**
   * The answers of the Updates the previous run accepted, by update id: the same action sent again
   * once the cycle has gone on in a new run gets the same answer (Temporal deduplicates within a run).
   */
  answeredInLastRun?: Record<string, unknown> | undefined;
}
