import type { RuleSet } from '@thidua/domain';
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { requiredRef, stampedNow, yearInRange } from './columns';
import { provinces } from './org';

/**
 * Rules change by year (ND 98/2023 → ND 152/2025), so they are data. The row holds the version in
 * force; every save also appends to rule_set_versions, so what a past cycle ran under stays known.
 * province_id null = the national default a province may override.
 */
export const ruleSets = pgTable(
  'rule_sets',
  {
    id: text('id').primaryKey(),
    provinceId: text('province_id').references(() => provinces.id),
    year: integer('year').notNull(),
    version: integer('version').notNull().default(1),
    /** Validated by the domain's ruleSetSchema at the write function. */
    body: jsonb('body').$type<RuleSet>().notNull(),
    editedBy: text('edited_by').references(() => users.id),
    editedAt: stampedNow('edited_at'),
  },
  (t) => [
    index('rule_sets_province_year_idx').on(t.provinceId, t.year),
    check('rule_sets_year', yearInRange(t.year)),
    check('rule_sets_version_positive', sql`${t.version} >= 1`),
    check(
      'rule_sets_body_matches',
      sql`(${t.body} ->> 'year')::int = ${t.year} and ${t.body} ->> 'id' = ${t.id}`,
    ),
  ],
);

/** Every saved version of a rule set, append-only by convention (written with the row above). */
export const ruleSetVersions = pgTable(
  'rule_set_versions',
  {
    ruleSetId: requiredRef('rule_set_id', () => ruleSets.id),
    version: integer('version').notNull(),
    body: jsonb('body').$type<RuleSet>().notNull(),
    editedBy: text('edited_by').references(() => users.id),
    editedAt: stampedNow('edited_at'),
  },
  (t) => [primaryKey({ columns: [t.ruleSetId, t.version] })],
);
