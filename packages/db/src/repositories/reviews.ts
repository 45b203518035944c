/** The review's projection: who reviewed each unit's sheet, comments, the unit's answer, the lock. */
import { normalizeStrings } from '@thidua/domain';
import type { DbOrTx } from '../client';
import { reviewComments, reviewResponses, reviews } from '../schema';

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
