import type { AwardKind } from '@thidua/domain';
import { sql } from 'drizzle-orm';
import { check, date, jsonb, pgTable, primaryKey, text, unique } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { isNfc, textId, timestamptz } from './columns';
import { cycles } from './cycles';
import { units } from './org';

export interface PactClause {
  /** Printed number, "1". */
  code: string;
  text: string;
}

export interface RegistrationTarget {
  title: string;
  /** Measurable value when there is one ("≥ 95 %"). */
  value?: string | undefined;
}

/** The bloc's giao ước for a cycle: one per cycle, signed by every member unit. */
export const pacts = pgTable(
  'pacts',
  {
    id: textId(),
    cycleId: text('cycle_id')
      .notNull()
      .unique()
      .references(() => cycles.id),
    title: text('title').notNull(),
    clauses: jsonb('clauses').$type<PactClause[]>().notNull().default([]),
    signingDate: date('signing_date'),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [check('pacts_title_nfc', isNfc(t.title))],
);

export const pactSignatures = pgTable(
  'pact_signatures',
  {
    pactId: text('pact_id')
      .notNull()
      .references(() => pacts.id),
    unitId: text('unit_id')
      .notNull()
      .references(() => units.id),
    signedBy: text('signed_by').references(() => users.id),
    /** Name of the signing head as printed, kept even if the user account changes. */
    signerName: text('signer_name'),
    signedAt: timestamptz('signed_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.pactId, t.unitId] })],
);

/** A unit's đăng ký thi đua for the cycle: its targets and the titles it aims at. */
export const registrations = pgTable(
  'registrations',
  {
    id: textId(),
    cycleId: text('cycle_id')
      .notNull()
      .references(() => cycles.id),
    unitId: text('unit_id')
      .notNull()
      .references(() => units.id),
    targets: jsonb('targets').$type<RegistrationTarget[]>().notNull().default([]),
    aims: jsonb('aims').$type<AwardKind[]>().notNull().default([]),
    submittedAt: timestamptz('submitted_at'),
    submittedBy: text('submitted_by').references(() => users.id),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    unique('registrations_cycle_unit').on(t.cycleId, t.unitId),
    check(
      'registrations_targets',
      sql`jsonb_typeof(${t.targets}) = 'array' and jsonb_typeof(${t.aims}) = 'array'`,
    ),
  ],
);
