import { type AwardKind, type EligibilityBlockCode, nfc, normalizeStrings } from '@thidua/domain';
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { withDbErrors } from '../errors';
import { eligibilityCases, revocationProposals, type StepFilePurpose, stepFiles } from '../schema';

/** A file uploaded for a step of a unit's year, stored in chunks under `storageKey`. */
export async function addStepFile(
  tx: DbOrTx,
  input: {
    cycleId: string;
    unitId: string;
    purpose: StepFilePurpose;
    fileName: string;
    contentType: string;
    storage: { key: string; sizeBytes: number; sha256: string };
    uploadedBy: string;
  },
): Promise<string> {
  const rows = await withDbErrors(() =>
    tx
      .insert(stepFiles)
      .values({
        cycleId: input.cycleId,
        unitId: input.unitId,
        purpose: input.purpose,
        fileName: nfc(input.fileName.trim()),
        contentType: input.contentType,
        sizeBytes: input.storage.sizeBytes,
        sha256: input.storage.sha256,
        storageKey: input.storage.key,
        uploadedBy: input.uploadedBy,
      })
      .returning({ id: stepFiles.id }),
  );
  return (rows[0] as { id: string }).id;
}

/** A step file of this unit's year uploaded for `purpose`, if there is one with that id. */
export async function stepFileOf(
  db: DbOrTx,
  input: { fileId: string; cycleId: string; unitId: string; purpose: StepFilePurpose },
) {
  const [row] = await db
    .select({ id: stepFiles.id, fileName: stepFiles.fileName, uploadedBy: stepFiles.uploadedBy })
    .from(stepFiles)
    .where(
      and(
        eq(stepFiles.id, input.fileId),
        eq(stepFiles.cycleId, input.cycleId),
        eq(stepFiles.unitId, input.unitId),
        eq(stepFiles.purpose, input.purpose),
      ),
    );
  return row;
}

/** A case recorded against a unit (a repeated projection lands once). */
export async function recordEligibilityCase(
  tx: DbOrTx,
  input: {
    caseId: string;
    cycleId: string;
    unitId: string;
    code: EligibilityBlockCode;
    reason: string;
    documentRef: string;
    blocks: AwardKind[];
    fileId?: string | undefined;
    by: string | null;
    at: Date;
  },
): Promise<void> {
  await tx
    .insert(eligibilityCases)
    .values({
      id: input.caseId,
      cycleId: input.cycleId,
      unitId: input.unitId,
      code: input.code,
      reason: normalizeStrings(input.reason),
      documentRef: normalizeStrings(input.documentRef),
      blocks: input.blocks,
      fileId: input.fileId ?? null,
      recordedBy: input.by,
      recordedAt: input.at,
    })
    .onConflictDoNothing();
}

/** A case's end: the day it was cleared and on what. */
export async function clearEligibilityCase(
  tx: DbOrTx,
  input: { caseId: string; clearedOn: string; note: string; by: string | null; at: Date },
): Promise<void> {
  await tx
    .update(eligibilityCases)
    .set({
      clearedOn: input.clearedOn,
      clearedNote: normalizeStrings(input.note),
      clearedBy: input.by,
      clearedAt: input.at,
    })
    .where(eq(eligibilityCases.id, input.caseId));
}

/** The bloc proposed to revoke an award on a case found after the decision (a repeat lands once). */
export async function recordRevocationProposal(
  tx: DbOrTx,
  input: {
    cycleId: string;
    unitId: string;
    awardKind: AwardKind;
    caseId: string;
    reason: string;
    by: string | null;
    at: Date;
  },
): Promise<void> {
  await tx
    .insert(revocationProposals)
    .values({
      cycleId: input.cycleId,
      unitId: input.unitId,
      awardKind: input.awardKind,
      caseId: input.caseId,
      reason: normalizeStrings(input.reason),
      proposedBy: input.by,
      proposedAt: input.at,
    })
    .onConflictDoNothing();
}
