import type { AwardKind } from '@thidua/domain';
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './auth';
import {
  createdAt,
  isNfc,
  notBlank,
  requiredRef,
  textId,
  timestamptz,
  updatedAt,
  yearInRange,
} from './columns';
import { voteRounds } from './conference';
import { cycles } from './cycles';
import { documents } from './documents';
import { stepFiles } from './eligibility';
import { awardKindEnum, committeeOutcomeEnum, dossierStatusEnum, nominationStatusEnum } from './enums';
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
