/**
 * The cycle's message surface: one Update per human step, a few Queries for tests and ops, and one
 * Signal. Every Update carries the actor asserted by the API and an update id (also used as the
 * Temporal update id, so a retried call is answered from the first run).
 */

import type { UpdateDefinition } from '@temporalio/common';
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { AttachedFile, DocumentFacts, RegistrationTargetInput } from '@thidua/activities/contract';
import type { PartialDecryption, ShareRegistration } from '@thidua/ballot-crypto';
import type {
  AwardKind,
  BonusClaim,
  ConferenceSessionInput,
  CriterionScore,
  EligibilityBlockCode,
  PenaltyEntry,
  RuleSet,
  ScoringTemplate,
  VoteKind,
  WorkflowStepName,
} from '@thidua/domain';
import type { CycleSnapshot } from './snapshot';
import type { Actor, CycleCalendar, DeadlineKind, Phase } from './types';

export interface StepArgs {
  actor: Actor;
  /** Idempotency key of the step; must equal the Temporal update id (the client helper sees to it). */
  updateId: string;
  /** Only in a back-filled year (CycleInput.backfill): the instant the step took place, ISO. */
  recordedAt?: string | undefined;
  /**
   * Only ask whether the actor may perform the step now: the validator runs the role, scope and
   * phase checks and then refuses with PROBE_ACCEPTED, so nothing is recorded.
   */
  probe?: boolean | undefined;
}

export interface Ack {
  phase: Phase;
  seq: number;
}

// --- setup and registration ---------------------------------------------------------------------
export interface AdoptPlanArgs extends StepArgs {
  planTitle: string;
  ruleSet: RuleSet;
  scoringTemplate: ScoringTemplate;
}
export interface SignPactArgs extends StepArgs {
  unitId: string;
  signerName?: string | undefined;
}
export interface RegisterTargetsArgs extends StepArgs {
  unitId: string;
  targets: RegistrationTargetInput[];
  aims?: AwardKind[] | undefined;
}

// --- self-assessment ----------------------------------------------------------------------------
/** The final self scores: drafts are edited in PostgreSQL, only the signed-off sheet comes here. */
export interface SelfSheetInput {
  criteria: Pick<CriterionScore, 'criterionId' | 'selfScore' | 'selfNote'>[];
  bonuses?: Pick<BonusClaim, 'itemId' | 'selfPoints'>[] | undefined;
  penalties?: Pick<PenaltyEntry, 'itemId' | 'selfCount'>[] | undefined;
}
export interface SignOffArgs extends StepArgs {
  unitId: string;
  sheet: SelfSheetInput;
}
export interface UnitArgs extends StepArgs {
  unitId: string;
}
export interface SubmitResult extends Ack {
  late: boolean;
  lateReports: number;
}
export interface GrantExtensionArgs extends StepArgs {
  unitId: string;
  /** ISO timestamp, after the phase deadline. */
  until: string;
  reason: string;
}
export interface MoveDeadlineArgs extends StepArgs {
  deadline: DeadlineKind;
  at: string;
  reason: string;
}
export interface AdvancePhaseArgs extends StepArgs {
  /** The phase the caller sees; a stale screen is refused with WRONG_PHASE. */
  from: 'registration' | 'selfAssessment';
  reason: string;
}

// --- review -------------------------------------------------------------------------------------
export interface ReviewScoresArgs extends StepArgs {
  unitId: string;
  criteria?: { criterionId: string; reviewedScore: number; reason?: string | undefined }[] | undefined;
  bonuses?: { itemId: string; reviewedPoints: number; reason?: string | undefined }[] | undefined;
  penalties?: { itemId: string; reviewedCount: number; reason?: string | undefined }[] | undefined;
  disqualifierIds?: string[] | undefined;
  comment?: string | undefined;
}
export interface RespondArgs extends StepArgs {
  unitId: string;
  body: string;
}
export interface ReturnArgs extends StepArgs {
  unitId: string;
  reason: string;
}
export interface LockResult extends Ack {
  ranking: { unitId: string; total: number; tier: string; position: number }[];
}

// --- conference ---------------------------------------------------------------------------------
export interface AttendanceArgs extends StepArgs {
  presentUnitIds: string[];
  writtenOpinionUnitIds?: string[] | undefined;
  /** The session as it happens: date, time, venue, chair, secretary, counting board, guests. */
  session?: ConferenceSessionInput | undefined;
  /** Histories recorded before the session was asked for carry only the date. */
  heldOn?: string | undefined;
}
export interface AttendanceResult extends Ack {
  quorumMet: boolean;
}
export interface OpenRoundArgs extends StepArgs {
  voteKind: VoteKind;
  /** Leadership votes may list nominees; award votes use the ranking and the candidacy rules. */
  candidateUnitIds?: string[] | undefined;
  /**
   * Seats of the vote; the rule's when absent. More than the year's quota for an award is refused,
   * never cut down.
   */
  seats?: number | undefined;
  /**
   * An encrypted round's counting board (Ban kiểm phiếu), by seat: officials of units present at the
   * conference (the API checks each holds a role in that unit). Absent: the round takes plaintext
   * ballots (a past year entered from its paper records).
   */
  countingBoard?: BoardSeatArgs[] | undefined;
}
export interface BoardSeatArgs {
  userId: string;
  unitId: string;
  name: string;
}
/** A board member's public key share with its proof of knowledge (@thidua/ballot-crypto). */
export interface RegisterKeyShareArgs extends StepArgs {
  roundId: string;
  /** The member's unit (the scope of the step). */
  unitId: string;
  registration: ShareRegistration;
}
/** A board member's partial decryption of the round's sums, with its proofs. */
export interface SubmitPartialDecryptionArgs extends StepArgs {
  roundId: string;
  unitId: string;
  partial: PartialDecryption;
}
export interface KeyShareResult extends Ack {
  roundId: string;
  /** Set once every member's share is in: ballots are taken from then on. */
  publicKey?: string | undefined;
}
export interface PartialDecryptionResult extends Ack {
  roundId: string;
  /** Seats still to send theirs; when none, the count is published with the result below. */
  pendingSeats: number[];
  result?: CloseRoundResult | undefined;
}
export interface OpenRoundResult extends Ack {
  roundId: string;
  roundNumber: number;
  candidateUnitIds: string[];
}
/**
 * Arguments of the retired `recordBallotCast` Update (no choice, only round and unit). Ballots are
 * accepted by PostgreSQL alone now (see conference.ts); the type stays for the replay handler.
 */
export interface BallotCastArgs extends StepArgs {
  roundId: string;
  unitId: string;
}
export interface RoundArgs extends StepArgs {
  roundId: string;
}
export interface CloseRoundArgs extends RoundArgs {
  /**
   * The chair's confirmation of the present units that have not voted: closing a round while any
   * present unit has not voted needs each of them named here. Absent in histories recorded before.
   */
  notVotedUnitIds?: string[] | undefined;
}
export interface CloseRoundResult extends Ack {
  roundId: string;
  /** The tally's outcome; 'counting' for an encrypted round awaiting its board's decryptions. */
  outcome: string;
  electedIds: string[];
  tiedIds: string[];
  /** Opened automatically among the tied units. */
  runoffRoundId?: string | undefined;
}
export interface DecideTieArgs extends StepArgs {
  roundId: string;
  chosenUnitIds: string[];
}
export interface WithdrawCandidacyArgs extends StepArgs {
  unitId: string;
  /** The award the unit withdraws from, before its vote opens. */
  voteKind: AwardKind;
  reason: string;
  /** The unit's letter: its number and date (YYYY-MM-DD). */
  letterNumber: string;
  letterDate: string;
  /** The letter as uploaded (a step file of the unit, checked by the API). */
  letter?: AttachedFile | undefined;
}
export type EmptyArgs = StepArgs;

export interface ConfirmResultsArgs extends StepArgs {
  /**
   * Why the conference keeps leaders the year's rotation rule warns about (the same head again, the
   * same deputy, last year's deputy not promoted): needed when there is a warning, recorded in the
   * history and the minutes. Absent in histories recorded before it was asked for.
   */
  rotationReason?: string | undefined;
}

// --- eligibility cases --------------------------------------------------------------------------
export interface RecordEligibilityCaseArgs extends StepArgs {
  unitId: string;
  /** One of the year's eligibility blocks. */
  code: EligibilityBlockCode;
  reason: string;
  documentRef: string;
  /** The document as uploaded, if it was (a step file of the unit, checked by the API). */
  file?: AttachedFile | undefined;
}
export interface RecordEligibilityCaseResult extends Ack {
  caseId: string;
}
export interface ClearEligibilityCaseArgs extends StepArgs {
  unitId: string;
  caseId: string;
  /** YYYY-MM-DD: the day the case ended. */
  clearedOn: string;
  /** What ended it: the conclusion's number and date, or the decision that closed it. */
  note: string;
}

// --- dossier, committee, decision, close --------------------------------------------------------
export interface ReasonArgs extends StepArgs {
  reason: string;
}
export interface CutNominationArgs extends StepArgs {
  nominationId: string;
  reason: string;
}
export interface RecordDecisionArgs extends StepArgs {
  number: string;
  /** YYYY-MM-DD */
  decisionDate: string;
  signerName: string;
  signerTitle: string;
  awards: { unitId: string; award: AwardKind }[];
}
/** A case found after the decision: the bloc proposes that an award it rests on be revoked. */
export interface ProposeRevocationArgs extends StepArgs {
  unitId: string;
  award: AwardKind;
  /** The case recorded against the unit that the proposal rests on. */
  caseId: string;
  reason: string;
}
export interface CloseCycleArgs extends StepArgs {
  /** Next year's calendar; defaults to this one shifted by a year. */
  nextCalendar?: CycleCalendar | undefined;
}
export interface CloseResult extends Ack {
  nextWorkflowId: string;
}

export const updates = {
  adoptPlan: defineUpdate<Ack, [AdoptPlanArgs]>('adoptPlan'),
  signPact: defineUpdate<Ack, [SignPactArgs]>('signPact'),
  registerTargets: defineUpdate<Ack, [RegisterTargetsArgs]>('registerTargets'),
  signOffSelfAssessment: defineUpdate<Ack, [SignOffArgs]>('signOffSelfAssessment'),
  submitSelfAssessment: defineUpdate<SubmitResult, [UnitArgs]>('submitSelfAssessment'),
  grantExtension: defineUpdate<Ack, [GrantExtensionArgs]>('grantExtension'),
  moveDeadline: defineUpdate<Ack, [MoveDeadlineArgs]>('moveDeadline'),
  advancePhase: defineUpdate<Ack, [AdvancePhaseArgs]>('advancePhase'),
  reviewScores: defineUpdate<Ack, [ReviewScoresArgs]>('reviewScores'),
  respondToReview: defineUpdate<Ack, [RespondArgs]>('respondToReview'),
  returnSelfAssessment: defineUpdate<Ack, [ReturnArgs]>('returnSelfAssessment'),
  lockScores: defineUpdate<LockResult, [EmptyArgs]>('lockScores'),
  recordAttendance: defineUpdate<AttendanceResult, [AttendanceArgs]>('recordAttendance'),
  openRound: defineUpdate<OpenRoundResult, [OpenRoundArgs]>('openRound'),
  closeRound: defineUpdate<CloseRoundResult, [CloseRoundArgs]>('closeRound'),
  decideTie: defineUpdate<Ack, [DecideTieArgs]>('decideTie'),
  registerKeyShare: defineUpdate<KeyShareResult, [RegisterKeyShareArgs]>('registerKeyShare'),
  submitPartialDecryption: defineUpdate<PartialDecryptionResult, [SubmitPartialDecryptionArgs]>(
    'submitPartialDecryption',
  ),
  withdrawCandidacy: defineUpdate<Ack, [WithdrawCandidacyArgs]>('withdrawCandidacy'),
  recordEligibilityCase: defineUpdate<RecordEligibilityCaseResult, [RecordEligibilityCaseArgs]>(
    'recordEligibilityCase',
  ),
  clearEligibilityCase: defineUpdate<Ack, [ClearEligibilityCaseArgs]>('clearEligibilityCase'),
  confirmResults: defineUpdate<Ack, [ConfirmResultsArgs]>('confirmResults'),
  submitProposal: defineUpdate<Ack, [EmptyArgs]>('submitProposal'),
  regenerateDossier: defineUpdate<Ack, [EmptyArgs]>('regenerateDossier'),
  returnProposal: defineUpdate<Ack, [ReasonArgs]>('returnProposal'),
  cutNomination: defineUpdate<Ack, [CutNominationArgs]>('cutNomination'),
  acceptProposal: defineUpdate<Ack, [EmptyArgs]>('acceptProposal'),
  recordDecision: defineUpdate<Ack, [RecordDecisionArgs]>('recordDecision'),
  proposeRevocation: defineUpdate<Ack, [ProposeRevocationArgs]>('proposeRevocation'),
  closeCycle: defineUpdate<CloseResult, [CloseCycleArgs]>('closeCycle'),
} as const satisfies Record<WorkflowStepName, UpdateDefinition<unknown, [StepArgs]>>;

export type CycleUpdates = typeof updates;
export type UpdateName = keyof CycleUpdates;
export type StepArgsOf<N extends UpdateName> =
  CycleUpdates[N] extends UpdateDefinition<infer _R, [infer A], infer _N> ? A : never;
export type StepResultOf<N extends UpdateName> =
  CycleUpdates[N] extends UpdateDefinition<infer R, infer _A, infer _N> ? R : never;

/**
 * Updates no client may send any more, still registered so that histories holding accepted ones
 * replay (their validator refuses every new call, so a refusal leaves no history).
 */
export const retiredUpdates = {
  /** Ballots were once reported to the workflow; PostgreSQL's commit alone accepts them now. */
  recordBallotCast: defineUpdate<Ack, [BallotCastArgs]>('recordBallotCast'),
} as const;

export const phaseQuery = defineQuery<Phase>('phase');
export const stateQuery = defineQuery<CycleSnapshot>('state');

/** Ops: rewrite every projection from the workflow state (after a database restore, say). */
export const resyncProjectionSignal = defineSignal('resyncProjection');

/** The facts the records are built from, as the workflow holds them now (ops and tests). */
export const recordFactsQuery = defineQuery<DocumentFacts>('recordFacts');
