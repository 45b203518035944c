import { type DbOrTx, readStoredFileChunk } from '@thidua/db';
import { documents, evidenceFiles, selfAssessments, signedScans, stepFiles } from '@thidua/db/schema';
import { eq } from 'drizzle-orm';

export interface StoredFile {
  fileName: string;
  contentType: string;
  bytes: Buffer | null;
  sha256: string;
}

/** What a file id names: a generated document, or an evidence file (ids are UUIDs in both tables). */
export async function findFileKind(db: DbOrTx, id: string): Promise<'document' | 'evidence' | undefined> {
  const [doc] = await db.select({ id: documents.id }).from(documents).where(eq(documents.id, id));
  if (doc) return 'document';
  const [evidence] = await db
    .select({ id: evidenceFiles.id })
    .from(evidenceFiles)
    .where(eq(evidenceFiles.id, id));
  return evidence ? 'evidence' : undefined;
}

/** The columns a download serves, alike in the three tables that keep files. */
const served = (t: typeof documents | typeof evidenceFiles | typeof signedScans) => ({
  fileName: t.fileName,
  contentType: t.contentType,
  bytes: t.bytes,
  sha256: t.sha256,
});

export async function documentFile(db: DbOrTx, id: string): Promise<StoredFile | undefined> {
  const [row] = await db.select(served(documents)).from(documents).where(eq(documents.id, id));
  return row;
}

/**
 * The evidence file and the status of its sheet (reviewers never see a draft's evidence). Its bytes
 * are in the row, or stored in chunks under `storageKey` (read them with `storedFileStream`).
 */
export async function evidenceFile(
  db: DbOrTx,
  id: string,
): Promise<(StoredFile & { sheetStatus: string; storageKey: string | null; sizeBytes: number }) | undefined> {
  const [row] = await db
    .select({
      ...served(evidenceFiles),
      storageKey: evidenceFiles.storageKey,
      sizeBytes: evidenceFiles.sizeBytes,
      sheetStatus: selfAssessments.status,
    })
    .from(evidenceFiles)
    .innerJoin(selfAssessments, eq(selfAssessments.id, evidenceFiles.selfAssessmentId))
    .where(eq(evidenceFiles.id, id));
  return row;
}

/** A file uploaded for a step (a case's document, a withdrawal letter), with the year it belongs to. */
export async function stepFile(db: DbOrTx, id: string) {
  const [row] = await db
    .select({
      fileName: stepFiles.fileName,
      contentType: stepFiles.contentType,
      sha256: stepFiles.sha256,
      sizeBytes: stepFiles.sizeBytes,
      storageKey: stepFiles.storageKey,
      cycleId: stepFiles.cycleId,
    })
    .from(stepFiles)
    .where(eq(stepFiles.id, id));
  return row;
}

export async function signedScanFile(db: DbOrTx, documentId: string): Promise<StoredFile | undefined> {
  const [row] = await db
    .select(served(signedScans))
    .from(signedScans)
    .where(eq(signedScans.documentId, documentId));
  return row;
}

/** A file stored in chunks, read one chunk per pull: a download holds one chunk in memory. */
export function storedFileStream(db: DbOrTx, storageKey: string): ReadableStream<Uint8Array> {
  let seq = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const chunk = await readStoredFileChunk(db, storageKey, seq);
      seq += 1;
      if (chunk) controller.enqueue(new Uint8Array(chunk));
      else controller.close();
    },
  });
}
