import type { AwardKind } from '@thidua/domain';
import { sql } from 'drizzle-orm';
import { check, date, pgTable, primaryKey, text, unique } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { isNfc, jsonList, requiredRef, stampedNow, textId, timestamptz, updatedAt } from './columns';
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
    clauses: jsonList<PactClause>('clauses'),
    signingDate: date('signing_date'),
    updatedAt: updatedAt(),
  },
  (t) => [check('pacts_title_nfc', isNfc(t.title))],
);

export const pactSignatures = pgTable(
  'pact_signatures',
  {
    pactId: requiredRef('pact_id', () => pacts.id),
    unitId: requiredRef('unit_id', () => units.id),
    signedBy: text('signed_by').references(() => users.id),
    /** Name of the signing head as printed, kept even if the user account changes. */
    signerName: text('signer_name'),
    signedAt: stampedNow('signed_at'),
  },
  (t) => [primaryKey({ columns: [t.pactId, t.unitId] })],
);

/** A unit's đăng ký thi đua for the cycle: its targets and the titles it aims at. */
export const registrations = pgTable(
  'registrations',
  {
    id: textId(),
    cycleId: requiredRef('cycle_id', () => cycles.id),
    unitId: requiredRef('unit_id', () => units.id),
    targets: jsonList<RegistrationTarget>('targets'),
    aims: jsonList<AwardKind>('aims'),
    submittedAt: timestamptz('submitted_at'),
    submittedBy: text('submitted_by').references(() => users.id),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('registrations_cycle_unit').on(t.cycleId, t.unitId),
    check(
      'registrations_targets',
      sql`jsonb_typeof(${t.targets}) = 'array' and jsonb_typeof(${t.aims}) = 'array'`,
    ),
  ],
);
