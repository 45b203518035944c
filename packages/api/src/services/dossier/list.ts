import { listCycleDocuments } from '@thidua/db';
import {
  committeeReviews,
  cycles,
  dossiers,
  eligibilityCases,
  nominations,
  revocationProposals,
  signedScans,
} from '@thidua/db/schema';
import { asc, eq, inArray } from 'drizzle-orm';
import type { ServiceContext } from '../context';

/** A nomination as the dossier screens show it. */
export const nominationView = (n: typeof nominations.$inferSelect) => ({
  id: n.id,
  awardKind: n.awardKind,
  unitId: n.unitId,
  votes: n.votes,
  percentage: n.percentage,
  status: n.status,
});

/** The cycle's proposal package: its status, each record's latest version with checksum, the nominations. */
export async function listDossier(ctx: ServiceContext, input: { cycleId: string }) {
  const [dossier] = await ctx.db.select().from(dossiers).where(eq(dossiers.cycleId, input.cycleId));
  const [cycle] = await ctx.db
    .select({ dossierFailure: cycles.dossierFailure, dossierReady: cycles.dossierReady })
    .from(cycles)
    .where(eq(cycles.id, input.cycleId));
  const docs = (await listCycleDocuments(ctx.db, input.cycleId)).sort(
    (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.title.localeCompare(b.title, 'vi'),
  );
  const scans = docs.length
    ? await ctx.db
        .select({
          id: signedScans.id,
          documentId: signedScans.documentId,
          fileName: signedScans.fileName,
          sha256: signedScans.sha256,
        })
        .from(signedScans)
        .where(
          inArray(
            signedScans.documentId,
            docs.map((d) => d.id),
          ),
        )
    : [];
  const carried = await ctx.db
    .select()
    .from(nominations)
    .where(eq(nominations.cycleId, input.cycleId))
    .orderBy(asc(nominations.awardKind));
  const answers = dossier
    ? await ctx.db
        .select()
        .from(committeeReviews)
        .where(eq(committeeReviews.dossierId, dossier.id))
        .orderBy(asc(committeeReviews.reviewedAt))
    : [];
  const revocations = await ctx.db
    .select({
      r: revocationProposals,
      caseReason: eligibilityCases.reason,
      caseRef: eligibilityCases.documentRef,
    })
    .from(revocationProposals)
    .innerJoin(eligibilityCases, eq(eligibilityCases.id, revocationProposals.caseId))
    .where(eq(revocationProposals.cycleId, input.cycleId))
    .orderBy(asc(revocationProposals.proposedAt));
  return {
    /** Why the records could not be issued, naming the fact to enter; null when they were. */
    failure: cycle?.dossierFailure ?? null,
    /** The records are issued and await the Tờ trình's submission: the only time it is accepted. */
    ready: cycle?.dossierReady ?? false,
    dossier: dossier
      ? {
          id: dossier.id,
          status: dossier.status,
          submittedAt: dossier.submittedAt,
          receivedAt: dossier.receivedAt,
          dueDate: dossier.dueDate,
          returnedAt: dossier.returnedAt,
          returnReason: dossier.returnReason,
          proposalDocumentId: dossier.proposalDocumentId,
        }
      : null,
    documents: docs.map((d) => ({
      id: d.id,
      documentGroupId: d.documentGroupId,
      version: d.version,
      recordType: d.recordType,
      title: d.title,
      fileName: d.fileName,
      contentType: d.contentType,
      sha256: d.sha256,
      sizeBytes: d.sizeBytes,
      numberLabel: d.numberLabel,
      status: d.status,
      issuedAt: d.issuedAt,
      signedScan: scans.find((s) => s.documentId === d.id) ?? null,
    })),
    nominations: carried.map((n) => ({ ...nominationView(n), cutReason: n.cutReason })),
    /** Decided awards the bloc proposed to revoke, each with the case it rests on and the reason. */
    revocations: revocations.map(({ r, caseReason, caseRef }) => ({
      unitId: r.unitId,
      awardKind: r.awardKind,
      caseId: r.caseId,
      caseReason,
      caseRef,
      reason: r.reason,
      proposedAt: r.proposedAt,
    })),
    committeeAnswers: answers.map((a) => ({
      outcome: a.outcome,
      nominationId: a.nominationId,
      reason: a.reason,
      reviewedAt: a.reviewedAt,
    })),
  };
}
