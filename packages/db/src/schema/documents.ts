import { documentTypeCodes } from '@thidua/domain';
import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
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
  yearInRange,
} from './columns';
import { cycles } from './cycles';
import { cyclePhaseEnum, documentStatusEnum, recordTypeEnum } from './enums';
import { provinces } from './org';

export const DOCUMENT_MAX_BYTES = 50 * 1024 * 1024;

/**
 * One row = one version of a document. Versions of the same document share `document_group_id` and
 * its number; the number is given at the first issue (drafts carry none) and stays with the rows
 * even when they are cancelled or withdrawn, so no other document ever takes it. At most one version
 * of a document is current (issued or signed); the earlier ones are superseded. A signed row can never change
 * (trigger `documents_guard` in the custom migration).
 */
export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentGroupId: uuid('document_group_id').notNull(),
    version: integer('version').notNull(),
    cycleId: text('cycle_id').references(() => cycles.id),
    provinceId: requiredRef('province_id', () => provinces.id),
    recordType: recordTypeEnum('record_type').notNull(),
    /** Issuer abbreviation as printed: 'KTĐNC'. Numbers run per (province, issuer, year, series). */
    issuerCode: text('issuer_code').notNull(),
    year: integer('year').notNull(),
    /** ND 30 type code ('TTr', 'BB', …); null for unnumbered attachments. */
    series: text('series'),
    number: integer('number'),
    /** "05/TTr-KTĐNC", rendered by the domain when the number is given. */
    numberLabel: text('number_label'),
    title: text('title').notNull(),
    ...storedFile(),
    /** Hash of the domain input the generator ran on: same data → same hash. */
    sourceDataHash: text('source_data_hash').notNull(),
    /** The cycle phase the document was produced in. */
    cyclePhase: cyclePhaseEnum('cycle_phase'),
    status: documentStatusEnum('status').notNull().default('draft'),
    authorUserId: text('author_user_id').references(() => users.id),
    issuedAt: timestamptz('issued_at'),
    signedAt: timestamptz('signed_at'),
    cancelledAt: timestamptz('cancelled_at'),
    cancelReason: text('cancel_reason'),
    createdAt: createdAt(),
  },
  (t) => [
    unique('documents_group_version').on(t.documentGroupId, t.version),
    // A number belongs to one document: its versions share it, no other document may take it
    // (exclusion constraint documents_number_one_document in 0005).
    uniqueIndex('documents_one_current_version')
      .on(t.documentGroupId)
      .where(sql`${t.status} in ('issued', 'signed')`),
    index('documents_cycle_idx').on(t.cycleId),
    check('documents_version', sql`${t.version} >= 1`),
    check('documents_year', yearInRange(t.year)),
    check('documents_series', sql`${t.series} is null or ${t.series} in (${literalList(documentTypeCodes)})`),
    check('documents_number_positive', sql`${t.number} is null or ${t.number} >= 1`),
    check('documents_number_needs_series', sql`${t.number} is null or ${t.series} is not null`),
    check('documents_draft_unnumbered', sql`${t.status} <> 'draft' or ${t.number} is null`),
    check(
      'documents_numbered_when_issued',
      sql`${t.status} = 'draft' or ${t.series} is null or ${t.number} is not null`,
    ),
    check('documents_cancel_reason', sql`${t.status} <> 'cancelled' or ${t.cancelReason} is not null`),
    ...storedFileChecks('documents', t, DOCUMENT_MAX_BYTES),
    check('documents_text_nfc', sql`${isNfc(t.title)} and ${isNfc(t.fileName)} and ${isNfc(t.issuerCode)}`),
    check('documents_title_not_blank', notBlank(t.title)),
  ],
);

/** The scanned, hand-signed PDF kept beside a generated document. */
export const signedScans = pgTable(
  'signed_scans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentId: uuid('document_id')
      .notNull()
      .unique()
      .references(() => documents.id),
    ...storedFile(),
    uploadedBy: requiredRef('uploaded_by', () => users.id),
    uploadedAt: createdAt(),
  },
  (t) => [
    check('signed_scans_pdf', sql`${t.contentType} = 'application/pdf'`),
    ...storedFileChecks('signed_scans', t, DOCUMENT_MAX_BYTES),
  ],
);

/** The last number given per (province, issuer, year, series); see numbering.ts. */
export const documentCounters = pgTable(
  'document_counters',
  {
    provinceId: requiredRef('province_id', () => provinces.id),
    issuerCode: text('issuer_code').notNull(),
    year: integer('year').notNull(),
    series: text('series').notNull(),
    lastNumber: integer('last_number').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.provinceId, t.issuerCode, t.year, t.series] }),
    check('document_counters_positive', sql`${t.lastNumber} >= 1`),
    check('document_counters_year', yearInRange(t.year)),
    check('document_counters_series', sql`${t.series} in (${literalList(documentTypeCodes)})`),
  ],
);
