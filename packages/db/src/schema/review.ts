import { sql } from 'drizzle-orm';
import { check, date, foreignKey, index, pgTable, primaryKey, text, unique } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { createdAt, isNfc, notBlank, requiredRef, textId, timestamptz } from './columns';
import { cycles } from './cycles';
import { reviewStatusEnum } from './enums';
import { units } from './org';

/**
 * Chấm chéo / thẩm định of one unit's sheet. After `lock_date` the reviewed scores are final and
 * the unit can no longer respond.
 */
export const reviews = pgTable(
  'reviews',
  {
    cycleId: requiredRef('cycle_id', () => cycles.id),
    unitId: requiredRef('unit_id', () => units.id),
    status: reviewStatusEnum('status').notNull().default('open'),
    reviewedBy: text('reviewed_by').references(() => users.id),
    reviewedAt: timestamptz('reviewed_at'),
    lockDate: date('lock_date'),
    lockedAt: timestamptz('locked_at'),
  },
  (t) => [
    primaryKey({ columns: [t.cycleId, t.unitId] }),
    check('reviews_locked', sql`${t.status} <> 'locked' or ${t.lockedAt} is not null`),
  ],
);

/** Reviewers' comments, per criterion or on the sheet as a whole. */
export const reviewComments = pgTable(
  'review_comments',
  {
    id: textId(),
    cycleId: text('cycle_id').notNull(),
    unitId: text('unit_id').notNull(),
    criterionId: text('criterion_id'),
    authorUserId: requiredRef('author_user_id', () => users.id),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('review_comments_review_idx').on(t.cycleId, t.unitId),
    foreignKey({
      name: 'review_comments_review_fk',
      columns: [t.cycleId, t.unitId],
      foreignColumns: [reviews.cycleId, reviews.unitId],
    }),
    check('review_comments_body', sql`${isNfc(t.body)} and ${notBlank(t.body)}`),
  ],
);

/** The unit's one explanation in reply to the review (DOMAIN §2.4: "the unit may explain"). */
export const reviewResponses = pgTable(
  'review_responses',
  {
    id: textId(),
    cycleId: text('cycle_id').notNull(),
    unitId: text('unit_id').notNull(),
    body: text('body').notNull(),
    respondedBy: requiredRef('responded_by', () => users.id),
    respondedAt: createdAt(),
  },
  (t) => [
    unique('review_responses_one_per_unit').on(t.cycleId, t.unitId),
    foreignKey({
      name: 'review_responses_review_fk',
      columns: [t.cycleId, t.unitId],
      foreignColumns: [reviews.cycleId, reviews.unitId],
    }),
    check('review_responses_body', sql`${isNfc(t.body)} and ${notBlank(t.body)}`),
  ],
);
