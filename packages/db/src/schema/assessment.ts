import {
  EVIDENCE_MAX_BYTES,
  evidenceContentTypes,
  type ScoringTemplate,
  type TypedSheet,
} from '@thidua/domain';
import { type SQL, sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
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
  bytea,
  createdAt,
  isNfc,
  jsonList,
  literalList,
  requiredRef,
  stampedNow,
  storedFile,
  storedFileChecks,
  textId,
  timestamptz,
  updatedAt,
} from './columns';
import { cycles } from './cycles';
import { adjustmentKindEnum, selfAssessmentStatusEnum } from './enums';
import { units } from './org';

/** Upload limits of evidence files (the domain's); the CHECKs below are generated from them. */
export { EVIDENCE_MAX_BYTES, type EvidenceContentType, evidenceContentTypes } from '@thidua/domain';

/** Highest value any single score may take; the template's own maxima are checked in code. */
export const SCORE_CEILING = 1000;

const points = (name: string) => numeric(name, { precision: 7, scale: 2, mode: 'number' });

/** ≥ 0, ≤ the ceiling, in quarter points (the domain's finest step). */
function validPoints(column: AnyPgColumn): SQL {
  return sql`${column} >= 0 and ${column} <= ${sql.raw(String(SCORE_CEILING))} and mod(${column} * 4, 1) = 0`;
}

/** The bloc's criteria table for one cycle; edits bump `version` (optimistic concurrency). */
export const scoringTemplates = pgTable(
  'scoring_templates',
  {
    id: text('id').primaryKey(),
    cycleId: text('cycle_id')
      .notNull()
      .unique()
      .references(() => cycles.id),
    version: integer('version').notNull().default(1),
    /** Validated by the domain's scoringTemplateSchema at the write function. */
    body: jsonb('body').$type<ScoringTemplate>().notNull(),
    editedBy: text('edited_by').references(() => users.id),
    editedAt: stampedNow('edited_at'),
    /** Set when self-assessment opens: the table no longer changes for this cycle. */
    lockedAt: timestamptz('locked_at'),
  },
  (t) => [check('scoring_templates_version_positive', sql`${t.version} >= 1`)],
);

/** One unit's score sheet for a cycle (tự chấm điểm), with its review outcome. */
export const selfAssessments = pgTable(
  'self_assessments',
  {
    id: textId(),
    cycleId: requiredRef('cycle_id', () => cycles.id),
    unitId: requiredRef('unit_id', () => units.id),
    status: selfAssessmentStatusEnum('status').notNull().default('draft'),
    submittedAt: timestamptz('submitted_at'),
    signedOffAt: timestamptz('signed_off_at'),
    signedOffBy: text('signed_off_by').references(() => users.id),
    returnedAt: timestamptz('returned_at'),
    returnReason: text('return_reason'),
    /** Submitted after its deadline (marked by the workflow's timer). */
    late: boolean('late').notNull().default(false),
    /** Reports submitted late in the year, each costing the rule set's points. */
    lateReports: integer('late_reports').notNull().default(0),
    /** Disqualifiers (điều kiện loại) found at review. */
    disqualifierIds: jsonList<string>('disqualifier_ids'),
    /** The draft exactly as the unit typed it, invalid entries included (cleared at the sign-off). */
    typedEntries: jsonb('typed_entries').$type<TypedSheet>(),
    version: integer('version').notNull().default(1),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('self_assessments_cycle_unit').on(t.cycleId, t.unitId),
    check(
      'self_assessments_submitted_at',
      sql`${t.status} in ('draft', 'returned') or ${t.submittedAt} is not null`,
    ),
    check('self_assessments_signed_off', sql`${t.status} <> 'signedOff' or ${t.signedOffAt} is not null`),
    check('self_assessments_return_reason', sql`${t.status} <> 'returned' or ${t.returnReason} is not null`),
    check('self_assessments_late_reports', sql`${t.lateReports} >= 0`),
    check('self_assessments_disqualifiers', sql`jsonb_typeof(${t.disqualifierIds}) = 'array'`),
  ],
);

/** Both scores are kept: the unit's and the reviewers' (DOMAIN §2.4). A change needs a reason. */
export const assessmentScores = pgTable(
  'assessment_scores',
  {
    selfAssessmentId: requiredRef('self_assessment_id', () => selfAssessments.id, { onDelete: 'cascade' }),
    criterionId: text('criterion_id').notNull(),
    selfScore: points('self_score').notNull(),
    reviewedScore: points('reviewed_score'),
    reasonForChange: text('reason_for_change'),
    selfNote: text('self_note'),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.selfAssessmentId, t.criterionId] }),
    check('assessment_scores_self', validPoints(t.selfScore)),
    check('assessment_scores_reviewed', sql`${t.reviewedScore} is null or (${validPoints(t.reviewedScore)})`),
    check(
      'assessment_scores_reason',
      sql`${t.reviewedScore} is null or ${t.reviewedScore} = ${t.selfScore} or length(btrim(coalesce(${t.reasonForChange}, ''))) > 0`,
    ),
    check(
      'assessment_scores_nfc',
      sql`(${t.reasonForChange} is null or ${isNfc(t.reasonForChange)})
      and (${t.selfNote} is null or ${isNfc(t.selfNote)})`,
    ),
  ],
);

/** Bonus points claimed and penalty occurrences (counts), self and reviewed, like the scores. */
export const assessmentAdjustments = pgTable(
  'assessment_adjustments',
  {
    selfAssessmentId: requiredRef('self_assessment_id', () => selfAssessments.id, { onDelete: 'cascade' }),
    kind: adjustmentKindEnum('kind').notNull(),
    itemId: text('item_id').notNull(),
    selfValue: points('self_value').notNull(),
    reviewedValue: points('reviewed_value'),
    reasonForChange: text('reason_for_change'),
  },
  (t) => [
    primaryKey({ columns: [t.selfAssessmentId, t.itemId] }),
    check('assessment_adjustments_self', validPoints(t.selfValue)),
    check(
      'assessment_adjustments_reviewed',
      sql`${t.reviewedValue} is null or (${validPoints(t.reviewedValue)})`,
    ),
    check(
      'assessment_adjustments_penalty_count',
      sql`${t.kind} <> 'penalty' or (mod(${t.selfValue}, 1) = 0 and mod(coalesce(${t.reviewedValue}, 0), 1) = 0)`,
    ),
    check(
      'assessment_adjustments_reason',
      sql`${t.reviewedValue} is null or ${t.reviewedValue} = ${t.selfValue} or length(btrim(coalesce(${t.reasonForChange}, ''))) > 0`,
    ),
  ],
);

/** The largest piece of a file stored in chunks: what one write and one read of it hold in memory. */
export const FILE_CHUNK_BYTES = 256 * 1024;

/**
 * Files stored in pieces under a storage key (an evidence file's `storage_key`): an upload is
 * written and a download read one chunk at a time, never as a whole in memory.
 */
export const storedFileChunks = pgTable(
  'stored_file_chunks',
  {
    storageKey: text('storage_key').notNull(),
    seq: integer('seq').notNull(),
    bytes: bytea('bytes').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.storageKey, t.seq] }),
    check('stored_file_chunks_seq', sql`${t.seq} >= 0`),
    check(
      'stored_file_chunks_size',
      sql`octet_length(${t.bytes}) between 1 and ${sql.raw(String(FILE_CHUNK_BYTES))}`,
    ),
  ],
);

/** Evidence (minh chứng): size and type are refused by the database too, not only by the API. */
export const evidenceFiles = pgTable(
  'evidence_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    selfAssessmentId: requiredRef('self_assessment_id', () => selfAssessments.id),
    /** The criterion (or bonus item) it supports; null = the sheet as a whole. */
    criterionId: text('criterion_id'),
    ...storedFile(),
    uploadedBy: requiredRef('uploaded_by', () => users.id),
    uploadedAt: createdAt(),
  },
  (t) => [
    index('evidence_files_sheet_idx').on(t.selfAssessmentId),
    ...storedFileChecks('evidence_files', t, EVIDENCE_MAX_BYTES),
    check('evidence_files_type', sql`${t.contentType} in (${literalList(evidenceContentTypes)})`),
    check(
      'evidence_files_name',
      sql`${isNfc(t.fileName)} and length(btrim(${t.fileName})) between 1 and 255`,
    ),
  ],
);
