/** The review's projection: who reviewed each unit's sheet, comments, the unit's answer, the lock. */
import {
  normalizeStrings,
  type ReviewHistoryEntry,
  type ReviewReply,
  type ReviewScoreChange,
  type Role,
} from '@thidua/domain';
import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { reviewComments, reviewResponses, reviewScoreChanges, reviews, users } from '../schema';

/** The reviewer of a unit's sheet, and their comment when they wrote one. */
export async function recordReview(
  tx: DbOrTx,
  input: {
    cycleId: string;
    unitId: string;
    reviewedBy: string | null;
    at: Date;
    comment?: string | undefined;
  },
): Promise<void> {
  const { cycleId, unitId, reviewedBy, at } = input;
  await tx
    .insert(reviews)
    .values({ cycleId, unitId, reviewedBy, reviewedAt: at })
    .onConflictDoUpdate({
      target: [reviews.cycleId, reviews.unitId],
      set: { reviewedBy, reviewedAt: at },
    });
  const comment = input.comment?.trim();
  if (comment && reviewedBy) {
    await tx.insert(reviewComments).values({
      cycleId,
      unitId,
      authorUserId: reviewedBy,
      body: normalizeStrings(comment),
      createdAt: at,
    });
  }
}

/** The changes a review made to the sheet's reviewed values, kept beside the sheet's last state. */
export async function recordReviewChanges(
  tx: DbOrTx,
  input: {
    cycleId: string;
    unitId: string;
    changedBy: string | null;
    changedAs: Role | null;
    at: Date;
    changes: readonly ReviewScoreChange[];
  },
): Promise<void> {
  if (input.changes.length === 0) return;
  await tx.insert(reviewScoreChanges).values(
    input.changes.map((c) => ({
      cycleId: input.cycleId,
      unitId: input.unitId,
      itemKind: c.kind,
      itemId: c.itemId,
      selfValue: c.self,
      beforeValue: c.before,
      afterValue: c.after,
      reason: c.reason?.trim() ? normalizeStrings(c.reason.trim()) : null,
      changedBy: input.changedBy,
      changedAs: input.changedAs,
      changedAt: input.at,
    })),
  );
}

/** The unit's one answer to its review (a repeated answer is ignored). */
export async function recordReviewResponse(
  tx: DbOrTx,
  input: { cycleId: string; unitId: string; body: string; respondedBy: string; at: Date },
): Promise<void> {
  const { cycleId, unitId } = input;
  await tx.insert(reviews).values({ cycleId, unitId }).onConflictDoNothing();
  await tx
    .insert(reviewResponses)
    .values({
      cycleId,
      unitId,
      body: normalizeStrings(input.body),
      respondedBy: input.respondedBy,
      respondedAt: input.at,
    })
    .onConflictDoNothing();
}

/** Locks the scores of the given units on `at`'s date. */
export async function lockReviews(
  tx: DbOrTx,
  input: { cycleId: string; unitIds: readonly string[]; at: Date; lockDate: string },
): Promise<void> {
  const locked = { status: 'locked' as const, lockedAt: input.at, lockDate: input.lockDate };
  for (const unitId of input.unitIds) {
    await tx
      .insert(reviews)
      .values({ cycleId: input.cycleId, unitId, ...locked })
      .onConflictDoUpdate({ target: [reviews.cycleId, reviews.unitId], set: locked });
  }
}

/** The review's history of a cycle (of one unit when given): every change in time order, the answers. */
export async function loadReviewHistory(
  db: DbOrTx,
  cycleId: string,
  unitId?: string,
): Promise<{ changes: ReviewHistoryEntry[]; replies: ReviewReply[] }> {
  const changeRows = await db
    .select({ change: reviewScoreChanges, by: users.displayName })
    .from(reviewScoreChanges)
    .leftJoin(users, eq(users.id, reviewScoreChanges.changedBy))
    .where(
      and(
        eq(reviewScoreChanges.cycleId, cycleId),
        unitId ? eq(reviewScoreChanges.unitId, unitId) : undefined,
      ),
    )
    .orderBy(asc(reviewScoreChanges.changedAt), asc(reviewScoreChanges.id));
  const responseRows = await db
    .select({ response: reviewResponses, by: users.displayName })
    .from(reviewResponses)
    .innerJoin(users, eq(users.id, reviewResponses.respondedBy))
    .where(
      and(eq(reviewResponses.cycleId, cycleId), unitId ? eq(reviewResponses.unitId, unitId) : undefined),
    );
  return {
    changes: changeRows.map(({ change: c, by }) => ({
      unitId: c.unitId,
      kind: c.itemKind,
      itemId: c.itemId,
      self: c.selfValue,
      before: c.beforeValue,
      after: c.afterValue,
      ...(c.reason ? { reason: c.reason } : {}),
      by,
      byRole: c.changedAs,
      at: c.changedAt.toISOString(),
    })),
    replies: responseRows.map(({ response: r, by }) => ({
      unitId: r.unitId,
      body: r.body,
      by,
      at: r.respondedAt.toISOString(),
    })),
  };
}
