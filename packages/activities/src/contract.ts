/**
 * The contract between the cycle workflow and its activities: plain, serialisable types only.
 * The workflow imports this file with `import type`, so nothing here may need a runtime value.
 */

import type { CiphertextJson, PartialDecryption, ShareRegistration } from '@thidua/ballot-crypto';
import type { ConfirmedNomination, OpenedRound } from '@thidua/db';
import type {
  AuditAction,
  AwardKind,
  Candidate,
  ConferenceSession,
  EligibilityBlockCode,
  Phase,
  ReviewScoreChange,
  Role,
  RuleSet,
  ScoreSheet,
  ScoringTemplate,
  TallyResult,
  VoteKind,
  VoteRule,
} from '@thidua/domain';

export type { Phase };

/** Deadlines a timer watches; each is an ISO timestamp in the cycle calendar. */
export type DeadlineKind = 'registration' | 'selfAssessment' | 'reviewResponse' | 'dossier';

/** Who did it, as asserted by the API after authentication. */
export interface Actor {
  userId: string;
  role: Role;
  unitId?: string | undefined;
  blocId?: string | undefined;
  provinceId?: string | undefined;
}

/** Recipient of a notification: one user, or everyone holding a role on a scope. */
export type Recipient =
  | { userId: string }
  | { role: Role; scopeKind: 'unit' | 'bloc' | 'province' | 'global'; scopeId?: string | undefined };

export interface NotificationSpec {
  /** Dotted kind: 'deadline.reminder', 'deadline.overdue', 'deadline.escalation', … */
  kind: string;
  to: Recipient;
  /** Unique across the table: a retried activity never notifies twice. */
  dedupeKey: string;
  payload: Record<string, unknown>;
}

export interface UnitDeadlineProjection {
  /** ISO timestamp. */
  due: string;
  extendedTo?: string | undefined;
  reason?: string | undefined;
}

export type UnitStepStateProjection =
  | 'notStarted'
  | 'inProgress'
  | 'submitted'
  | 'done'
  | 'returned'
  | 'skipped';

/** One row of cycle_unit_status as the workflow sees it at `seq`. */
export interface UnitProjection {
  unitId: string;
  steps: Record<
    string,
    {
      state: UnitStepStateProjection;
      at?: string | undefined;
      late?: boolean | undefined;
      /** The hand-in that counted as late: the deadline that applied then, and when (ISO). */
      lateHandIn?: { due: string; at: string } | undefined;
    }
  >;
  deadlines: Record<string, UnitDeadlineProjection>;
  overdue: boolean;
  latePenalty: number;
}

/** The cycles row as the workflow sees it at `seq`. */
export interface CycleProjection {
  phase: Phase;
  phaseEnteredAt: string;
  status: 'open' | 'closed';
  calendar: Record<DeadlineKind, string>;
  /** Why the dossier's records could not be issued (the missing fact, named); null when they were. */
  dossierFailure?: string | null | undefined;
  /** Whether the dossier's records are issued and await their submission. */
  dossierReady?: boolean | undefined;
  /** A closed year's state as the workflow holds it: its after-close workflow starts from it. */
  closedState?: Record<string, unknown> | undefined;
}

export interface RegistrationTargetInput {
  title: string;
  value?: string | undefined;
}

/** A nomination the conference confirmed, with the round that carried it. */
export type NominationRecord = ConfirmedNomination;

/** A unit withdrawn by its head's letter from an award's candidates, before that vote opened. */
export interface CandidacyWithdrawalRecord {
  unitId: string;
  voteKind: AwardKind;
  reason: string;
  letterNumber: string;
  /** YYYY-MM-DD */
  letterDate: string;
  /** The letter as the unit uploaded it. */
  letter?: AttachedFile | undefined;
}

/** A unit an award's ballot left off because of a case open when the vote opened, with the case. */
export interface CaseExclusion {
  unitId: string;
  voteKind: AwardKind;
  reasons: string[];
}

/** A file attached to a step (a case's document, a withdrawal letter), uploaded before the step. */
export interface AttachedFile {
  fileId: string;
  fileName: string;
}

/**
 * A case recorded against a unit for the year (an inspection under way, a corruption case being
 * verified…): its kind is one of the year's eligibility blocks, `blocks` what that kind blocks
 * under the year's rules when it was recorded.
 */
export interface EligibilityCaseRecord {
  caseId: string;
  unitId: string;
  code: EligibilityBlockCode;
  reason: string;
  documentRef: string;
  blocks: AwardKind[];
  file?: AttachedFile | undefined;
}

/**
 * A proposal to revoke an award the UBND decided, on a case found later: the award, the case it rests
 * on (as recorded) and the bloc's reason.
 */
export interface RevocationRecord {
  unitId: string;
  award: AwardKind;
  caseId: string;
  reason: string;
  case: Pick<EligibilityCaseRecord, 'code' | 'reason' | 'documentRef'>;
}

/** A case's end: the day it was cleared and on what. */
export interface EligibilityCaseClearing {
  caseId: string;
  /** YYYY-MM-DD */
  clearedOn: string;
  note: string;
}

export interface DecisionAwardRecord {
  unitId: string;
  award: AwardKind;
}

/** The province's decision (Quyết định) as the committee records it. */
export interface DecisionRecord {
  number: string;
  decisionDate: string;
  signerName: string;
  signerTitle: string;
  awards: DecisionAwardRecord[];
}

/** Table writes of one step, beyond the two status projections. Applied once, in the step's transaction. */
export type Effect =
  | { kind: 'planAdopted'; ruleSetId: string; ruleSet: RuleSet; template: ScoringTemplate; planTitle: string }
  | { kind: 'pactSigned'; unitId: string; userId: string; signerName?: string | undefined }
  | {
      kind: 'targetsRegistered';
      unitId: string;
      userId: string;
      targets: RegistrationTargetInput[];
      aims: AwardKind[];
    }
  | { kind: 'selfAssessmentSignedOff'; unitId: string; userId: string; sheet: ScoreSheet }
  | { kind: 'selfAssessmentSubmitted'; unitId: string; late: boolean; lateReports: number }
  | { kind: 'selfAssessmentReturned'; unitId: string; reason: string }
  | {
      kind: 'reviewScoresSet';
      unitId: string;
      userId: string;
      sheet: ScoreSheet;
      comment?: string | undefined;
      /** The values this review set anew (absent in histories recorded before they were kept). */
      changes?: ReviewScoreChange[] | undefined;
    }
  | { kind: 'reviewResponded'; unitId: string; userId: string; body: string }
  | { kind: 'scoresLocked'; unitIds: string[] }
  | {
      kind: 'attendanceRecorded';
      sessionId: string;
      heldOn: string;
      /** The session as recorded (absent in histories recorded before it was asked for). */
      session?: ConferenceSession | undefined;
      present: string[];
      writtenOpinion: string[];
      absent: string[];
    }
  | ({ kind: 'roundOpened' } & OpenedRound)
  | {
      kind: 'keyShareRegistered';
      roundId: string;
      registration: ShareRegistration;
      /** The round's key, with the last share. */
      publicKey?: string | undefined;
    }
  | { kind: 'partialDecryptionSubmitted'; roundId: string; partial: PartialDecryption }
  | ({ kind: 'candidacyWithdrawn'; userId: string } & CandidacyWithdrawalRecord)
  | ({ kind: 'eligibilityCaseRecorded'; userId: string } & EligibilityCaseRecord)
  | ({ kind: 'eligibilityCaseCleared'; userId: string } & EligibilityCaseClearing)
  | { kind: 'resultsConfirmed'; nominations: NominationRecord[] }
  | { kind: 'proposalSubmitted'; userId: string; proposalDocumentId?: string | undefined; dueDate: string }
  | { kind: 'proposalReturned'; userId: string; reason: string }
  | { kind: 'nominationCut'; userId: string; nominationId: string; reason: string }
  | { kind: 'proposalAccepted'; userId: string }
  | ({ kind: 'decisionRecorded'; userId: string } & DecisionRecord)
  | ({ kind: 'revocationProposed'; userId: string } & RevocationRecord)
  | { kind: 'cycleClosed' }
  /** Next year's Trưởng/Phó Khối rights to the elected units' heads; this year's end. */
  | {
      kind: 'leadershipHandedOver';
      blocId: string;
      fromYear: number;
      headUnitId: string;
      /** Null: the conference elected no deputy. */
      deputyUnitId: string | null;
    };

/**
 * One accepted step (an Update, a timer firing or a phase change). Idempotent by
 * (cycleId, step, key): the projection, the audit row and the notifications are written once.
 */
export interface StepRecord {
  cycleId: string;
  /** Update name ('submitSelfAssessment') or a system step ('phase.enter', 'timer.reminder'). */
  step: string;
  /** The update id, or a deterministic key for system steps. */
  key: string;
  /** Grows with every workflow change; projections never move backwards. */
  seq: number;
  /** Workflow time (deterministic), ISO. */
  at: string;
  actor?: Actor | undefined;
  audit?:
    | {
        action: AuditAction;
        entity: string;
        entityId?: string | undefined;
        before?: unknown;
        after?: unknown;
      }
    | undefined;
  cycle?: CycleProjection | undefined;
  units?: UnitProjection[] | undefined;
  effects?: Effect[] | undefined;
  notifications?: NotificationSpec[] | undefined;
}

export interface StepOutcome {
  /** false = the key was already processed; nothing was written this time. */
  applied: boolean;
}

export interface InitCycleInput {
  cycleId: string;
  workflowId: string;
  blocId: string;
  provinceId: string;
  year: number;
  ruleSetId: string;
  calendar: Record<DeadlineKind, string>;
  unitIds: string[];
  /** This year's head and deputy units. */
  leadership?: { headUnitId: string; deputyUnitId: string | null } | undefined;
  /** Draft template (copied from last year) for the bloc to edit before adoption. */
  scoringTemplate?: ScoringTemplate | undefined;
  previousCycleId?: string | undefined;
}

export interface TallyRoundInput {
  cycleId: string;
  roundId: string;
  voteKind: VoteKind;
  roundNumber: number;
  rule: VoteRule;
  seats: number;
  maxChoices: number;
  members: number;
  present: number;
  ballotsIssued: number;
  candidates: Candidate[];
  /**
   * Units recorded present at the session, i.e. those that could cast a ballot (not secret: the
   * minutes list who attended). Ballots themselves never pass through the workflow.
   */
  presentUnitIds: string[];
  /**
   * The present units the chair confirmed have not voted: the count is refused if another present
   * unit has no receipt. Absent in tallies scheduled before the confirmation was asked for.
   */
  notVotedConfirmed?: string[] | undefined;
}

export interface TallyRoundOutput {
  tally: TallyResult;
  /** Units with a receipt in the ballot box when it was sealed. */
  receiptUnitIds: string[];
  /** Present units without a receipt: they did not vote in this round. */
  missingVoters: string[];
}

/** An encrypted round sealed at close: its sums (candidates, then blank) and who voted. */
export interface SealedEncryptedRound {
  sums: CiphertextJson[];
  ballotCount: number;
  receiptUnitIds: string[];
  missingVoters: string[];
}

/**
 * What the count of an encrypted round is given by the workflow: the board's registered shares and
 * partial decryptions as it accepted them (their projections may still be on their way).
 */
export interface EncryptedCountInput extends TallyRoundInput {
  countingBoard: (ShareRegistration & { name: string })[];
  partialDecryptions: PartialDecryption[];
}

/** The count of an encrypted round, once every board member's partial decryption is in. */
export interface EncryptedCountOutput extends TallyRoundOutput {
  /** SHA-256 of the published bulletin board, cited by the vote-count minutes. */
  boardHash: string;
}

/**
 * Which records to build: the dossier and the decision as before; 'round' = one round's blank
 * ballot (when it opens), 'tally' = its vote-count minutes (when it is counted); 'scores' = the
 * score table (scores locked); 'pact' = the emulation pact (registration closed); 'revocation' = a Tờ trình đề nghị hủy/thu hồi khen thưởng (a case found after the decision).
 */
export type DocumentSet = 'dossier' | 'decision' | 'ballot' | 'tally' | 'scores' | 'pact' | 'revocation';

/** A unit left off a round's ballot, with why (printed on the ballot). */
export interface ExcludedCandidate {
  unitId: string;
  reasons: string[];
}

export interface GenerateDocumentsInput {
  cycleId: string;
  set: DocumentSet;
  /** Regeneration after a return gets a new key; the same key never generates twice. */
  key: string;
  at: string;
  facts: DocumentFacts;
  /**
   * For 'ballot' and 'tally': the round the record belongs to; for 'tally', the present units that
   * returned no ballot.
   */
  round?:
    | { roundId: string; excluded?: ExcludedCandidate[] | undefined; notVoted?: string[] | undefined }
    | undefined;
  /**
   * Writes the set's 'document.generate' audit row in the same transaction (what the workflow's
   * 'documents.generated' step records otherwise): one activity per record instead of two.
   */
  audited?: boolean | undefined;
  /** For 'revocation': the proposal its Tờ trình is of. */
  revocation?: RevocationRecord | undefined;
}

/** What the workflow knows that the documents need (the rest is read from the projections). */
export interface DocumentFacts {
  blocId: string;
  provinceId: string;
  year: number;
  units: { id: string; code: string; name: string }[];
  headUnitId: string;
  ranking: { unitId: string; total: number; tier: string; position: number }[];
  /** Units that handed in no self-assessment: not ranked, listed as "không nộp báo cáo". */
  notSubmittedUnitIds?: string[] | undefined;
  rounds: {
    roundId: string;
    voteKind: VoteKind;
    roundNumber: number;
    /** ISO instants: the chair closed the round / the count was done. */
    countStartedAt?: string | undefined;
    countedAt?: string | undefined;
  }[];
  /** Units recorded present at the conference. */
  presentUnitIds: string[];
  /** The conference as recorded with its attendance; absent in cycles that predate it. */
  session?: ConferenceSession | undefined;
  /** When the chair confirmed the results: the conference's end, ISO. */
  resultsConfirmedAt?: string | undefined;
  nominations: NominationRecord[];
  /** Units withdrawn from an award's candidates before its vote. */
  withdrawals?: CandidacyWithdrawalRecord[] | undefined;
  /** Units left off an award's ballot because of a case against them. */
  caseExclusions?: CaseExclusion[] | undefined;
  elected: {
    headUnitId?: string | undefined;
    deputyUnitId?: string | undefined;
    /** The rotation rule's warnings the chair confirmed against, and why (the minutes record both). */
    rotationWarnings?: string[] | undefined;
    rotationReason?: string | undefined;
  };
  decision?: DecisionRecord | undefined;
}

export interface GeneratedDocument {
  id: string;
  recordType: string;
  title: string;
  fileName: string;
  sha256: string;
  sizeBytes: number;
}
