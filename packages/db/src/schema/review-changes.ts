import { sql } from 'drizzle-orm';
import { check, foreignKey, index, numeric, pgTable, text } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { isNfc, literalList, notBlank, textId, timestamptz } from './columns';
import { roleEnum } from './enums';
import { reviews } from './review';

/** The lines a review scores: criteria (points), bonus items (points), penalty items (a count). */
export const reviewedItemKinds = ['criterion', 'bonus', 'penalty'] as const;

const value = (name: string) => numeric(name, { precision: 7, scale: 2, mode: 'number' });

/**
 * Every change of a reviewed value (DOMAIN §2.4: the head or the working group adjusts with
 * reasons): the value in force before, the new one, the unit's own, who and when. The sheet keeps
 * only the last value; this keeps the way there.
 */
export const reviewScoreChanges = pgTable(
  'review_score_changes',
  {
    id: textId(),
    cycleId: text('cycle_id').notNull(),
    unitId: text('unit_id').notNull(),
    itemKind: text('item_kind').$type<(typeof reviewedItemKinds)[number]>().notNull(),
    itemId: text('item_id').notNull(),
    selfValue: value('self_value').notNull(),
    beforeValue: value('before_value').notNull(),
    afterValue: value('after_value').notNull(),
    reason: text('reason'),
    changedBy: text('changed_by').references(() => users.id),
    /** The role the change was made in (Trưởng Khối, Phó Khối). */
    changedAs: roleEnum('changed_as'),
    changedAt: timestamptz('changed_at').notNull(),
  },
  (t) => [
    index('review_score_changes_review_idx').on(t.cycleId, t.unitId, t.changedAt),
    foreignKey({
      name: 'review_score_changes_review_fk',
      columns: [t.cycleId, t.unitId],
      foreignColumns: [reviews.cycleId, reviews.unitId],
    }),
    check('review_score_changes_kind', sql`${t.itemKind} in (${literalList(reviewedItemKinds)})`),
    check(
      'review_score_changes_reason',
      sql`${t.reason} is null or (${isNfc(t.reason)} and ${notBlank(t.reason)})`,
    ),
  ],
);
