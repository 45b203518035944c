import {
  awardKinds,
  eligibilityBlockCodes,
  invalidReasons,
  officialPositions,
  orgEventKinds,
  phases,
  roles,
  scopeKinds,
  voteKinds,
} from '@thidua/domain';
import { pgEnum } from 'drizzle-orm/pg-core';

// Shared vocabularies come from @thidua/domain so the database and the rules never drift apart.
export const roleEnum = pgEnum('role', roles);
export const scopeKindEnum = pgEnum('scope_kind', scopeKinds);
export const voteKindEnum = pgEnum('vote_kind', voteKinds);
export const awardKindEnum = pgEnum('award_kind', awardKinds);
export const orgEventKindEnum = pgEnum('org_event_kind', orgEventKinds);
export const cyclePhaseEnum = pgEnum('cycle_phase', phases);
export const eligibilityBlockCodeEnum = pgEnum('eligibility_block_code', eligibilityBlockCodes);
export const officialPositionEnum = pgEnum('official_position', officialPositions);

// Statuses owned by the persistence layer (the projections the UI reads).
export const provinceNameKindEnum = pgEnum('province_name_kind', ['name', 'placeName']);
export const cycleStatusEnum = pgEnum('cycle_status', ['open', 'closed', 'cancelled']);
export const selfAssessmentStatusEnum = pgEnum('self_assessment_status', [
  'draft',
  'submitted',
  'signedOff',
  'returned',
]);
export const reviewStatusEnum = pgEnum('review_status', ['open', 'agreed', 'locked']);
export const attendanceModeEnum = pgEnum('attendance_mode', ['present', 'writtenOpinion', 'absent']);
export const conferenceStatusEnum = pgEnum('conference_status', ['planned', 'open', 'closed']);
export const voteRoundStatusEnum = pgEnum('vote_round_status', ['open', 'closed']);
export const nominationStatusEnum = pgEnum('nomination_status', ['proposed', 'accepted', 'cut']);
export const dossierStatusEnum = pgEnum('dossier_status', [
  'draft',
  'submitted',
  'received',
  'returned',
  'reviewed',
  'decided',
]);
export const committeeOutcomeEnum = pgEnum('committee_outcome', ['accept', 'return', 'cut']);
/**
 * 'superseded': a later version of the same document (same number) replaced it; 'withdrawn': the
 * document as a whole was replaced by a new one with its own number. Both stay readable, never change.
 */
export const documentStatusEnum = pgEnum('document_status', [
  'draft',
  'issued',
  'cancelled',
  'signed',
  'superseded',
  'withdrawn',
]);

/** What a generated file is, independent of its ND 30 type code (several records share 'BB'). */
export const recordTypeEnum = pgEnum('record_type', [
  'plan',
  'regulation',
  'pact',
  'registration',
  'scoreTable',
  'selfAssessmentReport',
  'reviewSummary',
  'summaryReport',
  'ballotForm',
  'tallyMinutes',
  'conferenceMinutes',
  'proposal',
  'achievementReport',
  'nomineeList',
  'dossierPackage',
  'decision',
  'revocationProposal',
  'other',
]);
export type RecordType = (typeof recordTypeEnum.enumValues)[number];

export const ballotInvalidReasonEnum = pgEnum('ballot_invalid_reason', invalidReasons);
export const adjustmentKindEnum = pgEnum('adjustment_kind', ['bonus', 'penalty']);
