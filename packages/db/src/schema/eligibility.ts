import type { AwardKind } from '@thidua/domain';
import { sql } from 'drizzle-orm';
import { check, date, index, jsonb, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
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
  timestamptz,
} from './columns';
import { cycles } from './cycles';
import { eligibilityBlockCodeEnum } from './enums';
import { units } from './org';

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
