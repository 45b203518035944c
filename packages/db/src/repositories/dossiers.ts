/**
 * The dossier sent to the provincial committee: its submission, the committee's return, cuts and
 * acceptance, and the decision that ends it. One dossier per cycle, created on first use.
 */
import { type AwardKind, normalizeStrings } from '@thidua/domain';
import { and, eq, gt, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { blocs, committeeReviews, cycles, decisions, dossiers, nominations } from '../schema';

async function dossierId(tx: DbOrTx, cycleId: string): Promise<string> {
  const [row] = await tx
    .insert(dossiers)
    .values({ cycleId })
    .onConflictDoUpdate({ target: dossiers.cycleId, set: { updatedAt: sql`now()` } })
    .returning({ id: dossiers.id });
  return (row as { id: string }).id;
}

interface CommitteeStep {
  cycleId: string;
  /** The reviewer's account, when it exists. */
  by: string | null;
  at: Date;
}

export async function recordProposalSubmitted(
  tx: DbOrTx,
  input: {
    cycleId: string;
    proposalDocumentId?: string | undefined;
    dueDate: string;
    by: string | null;
    at: Date;
  },
): Promise<void> {
  const id = await dossierId(tx, input.cycleId);
  const { at } = input;
  await tx
    .update(dossiers)
    .set({
      status: 'received',
      proposalDocumentId: input.proposalDocumentId ?? null,
      submittedAt: at,
      submittedBy: input.by,
      receivedAt: at,
      dueDate: input.dueDate,
      updatedAt: at,
    })
    .where(eq(dossiers.id, id));
}

export async function recordProposalReturned(
  tx: DbOrTx,
  input: CommitteeStep & { reason: string },
): Promise<void> {
  const id = await dossierId(tx, input.cycleId);
  const { at } = input;
  const reason = normalizeStrings(input.reason);
  await tx
    .update(dossiers)
    .set({ status: 'returned', returnedAt: at, returnReason: reason, updatedAt: at })
    .where(eq(dossiers.id, id));
  await tx
    .insert(committeeReviews)
    .values({ dossierId: id, outcome: 'return', reason, reviewerUserId: input.by, reviewedAt: at });
}

export async function recordNominationCut(
  tx: DbOrTx,
  input: CommitteeStep & { nominationId: string; reason: string },
): Promise<void> {
  const id = await dossierId(tx, input.cycleId);
  const reason = normalizeStrings(input.reason);
  await tx
    .update(nominations)
    .set({ status: 'cut', cutReason: reason })
    .where(eq(nominations.id, input.nominationId));
  await tx.insert(committeeReviews).values({
    dossierId: id,
    nominationId: input.nominationId,
    outcome: 'cut',
    reason,
    reviewerUserId: input.by,
    reviewedAt: input.at,
  });
}

/** The committee accepts the dossier: every nomination not cut is accepted. */
export async function recordProposalAccepted(tx: DbOrTx, input: CommitteeStep): Promise<void> {
  const id = await dossierId(tx, input.cycleId);
  const { at } = input;
  await tx.update(dossiers).set({ status: 'reviewed', updatedAt: at }).where(eq(dossiers.id, id));
  await tx
    .update(nominations)
    .set({ status: 'accepted' })
    .where(and(eq(nominations.cycleId, input.cycleId), ne(nominations.status, 'cut')));
  await tx
    .insert(committeeReviews)
    .values({ dossierId: id, outcome: 'accept', reviewerUserId: input.by, reviewedAt: at });
}

/** The province's decision on the dossier, numbered in the province of the cycle's bloc. */
export async function recordDecision(
  tx: DbOrTx,
  input: CommitteeStep & {
    number: string;
    decisionDate: string;
    signerName: string;
    signerTitle: string;
    awards: readonly { unitId: string; award: AwardKind }[];
  },
): Promise<void> {
  const { cycleId, at } = input;
  const id = await dossierId(tx, cycleId);
  const [cycle] = await tx
    .select({ provinceId: blocs.provinceId })
    .from(cycles)
    .innerJoin(blocs, eq(blocs.id, cycles.blocId))
    .where(eq(cycles.id, cycleId));
  await tx.insert(decisions).values({
    provinceId: (cycle as { provinceId: string }).provinceId,
    dossierId: id,
    number: normalizeStrings(input.number),
    year: Number(input.decisionDate.slice(0, 4)),
    decisionDate: input.decisionDate,
    signerName: normalizeStrings(input.signerName),
    signerTitle: normalizeStrings(input.signerTitle),
    awards: input.awards.map((a) => ({ unitId: a.unitId, awardKind: a.award, cycleId })),
    recordedBy: input.by,
    recordedAt: at,
  });
  await tx.update(dossiers).set({ status: 'decided', updatedAt: at }).where(eq(dossiers.id, id));
}

/** Was a nomination of the cycle cut after `since` (what a Tờ trình issued then proposed has changed)? */
export async function nominationCutSince(tx: DbOrTx, cycleId: string, since: Date): Promise<boolean> {
  const [row] = await tx
    .select({ id: committeeReviews.id })
    .from(committeeReviews)
    .innerJoin(dossiers, eq(dossiers.id, committeeReviews.dossierId))
    .where(
      and(
        eq(dossiers.cycleId, cycleId),
        eq(committeeReviews.outcome, 'cut'),
        gt(committeeReviews.reviewedAt, since),
      ),
    )
    .limit(1);
  return row !== undefined;
}
