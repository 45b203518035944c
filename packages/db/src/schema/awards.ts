import type { AwardKind } from '@thidua/domain';
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { evidenceContentTypes } from './assessment';
import { users } from './auth';
import {
  createdAt,
  isNfc,
  literalList,
  notBlank,
  requiredRef,
  storedFile,
  storedFileChecks,
  textId,
  timestamptz,
  updatedAt,
  yearInRange,
} from './columns';
import { voteRounds } from './conference';
import { cycles } from './cycles';
import { documents } from './documents';
import {
  awardKindEnum,
  committeeOutcomeEnum,
  dossierStatusEnum,
  eligibilityBlockCodeEnum,
  nominationStatusEnum,
} from './enums';
import { provinces, units } from './org';

/** A unit the bloc proposes for an award, with the vote that carried it. */
export const nominations = pgTable(
  'nominations',
  {
    id: textId(),
    cycleId: requiredRef('cycle_id', () => cycles.id),
    awardKind: awardKindEnum('award_kind').notNull(),
    unitId: requiredRef('unit_id', () => units.id),
    roundId: text('round_id').references(() => voteRounds.id),
    votes: integer('votes').notNull(),
    /** As printed in the minutes, on the rule's denominator. */
    percentage: numeric('percentage', { precision: 5, scale: 2, mode: 'number' }).notNull(),
    status: nominationStatusEnum('status').notNull().default('proposed'),
    cutReason: text('cut_reason'),
    createdAt: createdAt(),
  },
  (t) => [
    unique('nominations_cycle_award_unit').on(t.cycleId, t.awardKind, t.unitId),
    check('nominations_votes', sql`${t.votes} >= 0`),
    check('nominations_percentage', sql`${t.percentage} between 0 and 100`),
    check(
      'nominations_cut_reason',
      sql`${t.status} <> 'cut' or length(btrim(coalesce(${t.cutReason}, ''))) > 0`,
    ),
  ],
);

/**
 * A unit withdrawn from an award's candidates before that vote opened, by its head's letter: left off
 * the ballot; the vote-count minutes and the conference minutes record it.
 */
export const candidacyWithdrawals = pgTable(
  'candidacy_withdrawals',
  {
    cycleId: text('cycle_id')
      .notNull()
      .references(() => cycles.id),
    awardKind: awardKindEnum('award_kind').notNull(),
    unitId: text('unit_id')
      .notNull()
      .references(() => units.id),
    reason: text('reason').notNull(),
    letterNumber: text('letter_number').notNull(),
    letterDate: date('letter_date').notNull(),
    /** The letter as the unit uploaded it. */
    letterFileId: uuid('letter_file_id').references(() => stepFiles.id),
    withdrawnBy: text('withdrawn_by').references(() => users.id),
    withdrawnAt: timestamptz('withdrawn_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.cycleId, t.awardKind, t.unitId] }),
    check('candidacy_withdrawals_text', sql`${notBlank(t.reason)} and ${notBlank(t.letterNumber)}`),
    check('candidacy_withdrawals_nfc', sql`${isNfc(t.reason)} and ${isNfc(t.letterNumber)}`),
  ],
);

/**
 * The bloc's proposal package to the province. The committee clock runs from `received_at` to
 * `due_date` (25 working days in the Hải Dương procedure; the date comes from the workflow).
 */
export const dossiers = pgTable(
  'dossiers',
  {
    id: textId(),
    cycleId: text('cycle_id')
      .notNull()
      .unique()
      .references(() => cycles.id),
    status: dossierStatusEnum('status').notNull().default('draft'),
    proposalDocumentId: uuid('proposal_document_id').references(() => documents.id),
    submittedAt: timestamptz('submitted_at'),
    submittedBy: text('submitted_by').references(() => users.id),
    receivedAt: timestamptz('received_at'),
    dueDate: date('due_date'),
    returnedAt: timestamptz('returned_at'),
    returnReason: text('return_reason'),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('dossiers_submitted', sql`${t.status} = 'draft' or ${t.submittedAt} is not null`),
    check(
      'dossiers_received',
      sql`${t.status} not in ('received', 'reviewed', 'decided') or ${t.receivedAt} is not null`,
    ),
    check('dossiers_due', sql`${t.dueDate} is null or ${t.receivedAt} is not null`),
    check('dossiers_return_reason', sql`${t.status} <> 'returned' or ${t.returnReason} is not null`),
  ],
);

/** The committee's answer on the dossier or on one nomination in it. */
export const committeeReviews = pgTable(
  'committee_reviews',
  {
    id: textId(),
    dossierId: requiredRef('dossier_id', () => dossiers.id),
    nominationId: text('nomination_id').references(() => nominations.id),
    outcome: committeeOutcomeEnum('outcome').notNull(),
    reason: text('reason'),
    reviewerUserId: text('reviewer_user_id').references(() => users.id),
    reviewedAt: createdAt(),
  },
  (t) => [
    index('committee_reviews_dossier_idx').on(t.dossierId),
    check(
      'committee_reviews_reason',
      sql`${t.outcome} = 'accept' or (${t.reason} is not null and ${notBlank(t.reason)} and ${isNfc(t.reason)})`,
    ),
    check('committee_reviews_cut_target', sql`${t.outcome} <> 'cut' or ${t.nominationId} is not null`),
  ],
);

export interface DecisionAward {
  unitId: string;
  awardKind: AwardKind;
  cycleId?: string | undefined;
  /** Integer đồng, from the domain's reward rules. */
  amount?: number | undefined;
}

/** The Chủ tịch UBND tỉnh's Quyết định, recorded as received (number, date, signer, awards). */
export const decisions = pgTable(
  'decisions',
  {
    id: textId(),
    provinceId: requiredRef('province_id', () => provinces.id),
    dossierId: text('dossier_id').references(() => dossiers.id),
    /** "163/QĐ-UBND" as printed. */
    number: text('number').notNull(),
    year: integer('year').notNull(),
    decisionDate: date('decision_date').notNull(),
    signerName: text('signer_name').notNull(),
    signerTitle: text('signer_title').notNull(),
    awards: jsonb('awards').$type<DecisionAward[]>().notNull(),
    scanDocumentId: uuid('scan_document_id').references(() => documents.id),
    recordedBy: text('recorded_by').references(() => users.id),
    recordedAt: createdAt(),
  },
  (t) => [
    unique('decisions_number').on(t.provinceId, t.year, t.number),
    check('decisions_year', sql`${yearInRange(t.year)} and ${t.year} = extract(year from ${t.decisionDate})`),
    check('decisions_awards', sql`jsonb_typeof(${t.awards}) = 'array'`),
    check(
      'decisions_text_nfc',
      sql`${isNfc(t.number)} and ${isNfc(t.signerName)} and ${isNfc(t.signerTitle)}`,
    ),
  ],
);

/** What a file attached to a step is for: a case's document, or a unit's withdrawal letter. */
export const stepFilePurposes = ['eligibilityCase', 'withdrawalLetter'] as const;
export type StepFilePurpose = (typeof stepFilePurposes)[number];
export const stepFilePurposeEnum = pgEnum('step_file_purpose', stepFilePurposes);
export const STEP_FILE_MAX_BYTES = 20 * 1024 * 1024;

/**
 * A file uploaded for a step of a unit's year before the step is taken (the step names it by id):
 * the document a case rests on, the letter a unit withdraws by. Typed and stored as evidence is.
 */
export const stepFiles = pgTable(
  'step_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cycleId: requiredRef('cycle_id', () => cycles.id),
    unitId: requiredRef('unit_id', () => units.id),
    purpose: stepFilePurposeEnum('purpose').notNull(),
    ...storedFile(),
    uploadedBy: requiredRef('uploaded_by', () => users.id),
    uploadedAt: createdAt(),
  },
  (t) => [
    index('step_files_cycle_unit_idx').on(t.cycleId, t.unitId),
    ...storedFileChecks('step_files', t, STEP_FILE_MAX_BYTES),
    check('step_files_type', sql`${t.contentType} in (${literalList(evidenceContentTypes)})`),
    check('step_files_name', sql`${isNfc(t.fileName)} and length(btrim(${t.fileName})) between 1 and 255`),
  ],
);

/**
 * A case recorded against a unit for a year (inspection under way, corruption case being verified,
 * disciplinary action, other), projected from the year's workflow: open until `cleared_on`. `blocks`
 * is what its kind blocked under the year's rules when it was recorded.
 */
export const eligibilityCases = pgTable(
  'eligibility_cases',
  {
    id: text('id').primaryKey(),
    cycleId: requiredRef('cycle_id', () => cycles.id),
    unitId: requiredRef('unit_id', () => units.id),
    code: eligibilityBlockCodeEnum('code').notNull(),
    reason: text('reason').notNull(),
    documentRef: text('document_ref').notNull(),
    blocks: jsonb('blocks').$type<AwardKind[]>().notNull(),
    fileId: uuid('file_id').references(() => stepFiles.id),
    recordedBy: text('recorded_by').references(() => users.id),
    recordedAt: timestamptz('recorded_at').notNull(),
    clearedOn: date('cleared_on'),
    clearedNote: text('cleared_note'),
    clearedBy: text('cleared_by').references(() => users.id),
    clearedAt: timestamptz('cleared_at'),
  },
  (t) => [
    index('eligibility_cases_cycle_idx').on(t.cycleId, t.unitId),
    check('eligibility_cases_text', sql`${notBlank(t.reason)} and ${notBlank(t.documentRef)}`),
    check(
      'eligibility_cases_nfc',
      sql`${isNfc(t.reason)} and ${isNfc(t.documentRef)} and (${t.clearedNote} is null or ${isNfc(t.clearedNote)})`,
    ),
    check('eligibility_cases_cleared', sql`(${t.clearedOn} is null) = (${t.clearedAt} is null)`),
    check('eligibility_cases_blocks', sql`jsonb_typeof(${t.blocks}) = 'array'`),
  ],
);

/**
 * A proposal to revoke an award the UBND decided (đề nghị hủy/thu hồi khen thưởng), on a case found
 * after the decision: the award, the case it rests on, the bloc's reason. One per unit and award.
 */
export const revocationProposals = pgTable(
  'revocation_proposals',
  {
    cycleId: requiredRef('cycle_id', () => cycles.id),
    unitId: requiredRef('unit_id', () => units.id),
    awardKind: awardKindEnum('award_kind').notNull(),
    caseId: text('case_id')
      .notNull()
      .references(() => eligibilityCases.id),
    reason: text('reason').notNull(),
    proposedBy: text('proposed_by').references(() => users.id),
    proposedAt: timestamptz('proposed_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.cycleId, t.unitId, t.awardKind] }),
    check('revocation_proposals_reason', sql`${notBlank(t.reason)} and ${isNfc(t.reason)}`),
  ],
);
