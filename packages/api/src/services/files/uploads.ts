import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Db } from '@thidua/db';
import {
  addEvidence,
  addStepFile,
  ensureSelfAssessment,
  newStorageKey,
  signDocument,
  writeStoredFile,
} from '@thidua/db';
import {
  EVIDENCE_MAX_BYTES,
  evidenceContentTypes,
  evidenceFiles,
  FILE_CHUNK_BYTES,
  STEP_FILE_MAX_BYTES,
  type StepFilePurpose,
  scoringTemplates,
  selfAssessments,
  stepFiles,
} from '@thidua/db/schema';
import { DomainError, type StepName } from '@thidua/domain';
import { and, count, eq, sum } from 'drizzle-orm';
import { audit } from '../../audit/record';
import type { Access } from '../../authz/access';
import { checkApiStep } from '../steps';
import { checkOfficeArchive } from './archive';
import { extensionOf, fileTypeOf, startsWithMagic, storedFileName } from './file-types';

export const SIGNED_SCAN_MAX_BYTES = 50 * 1024 * 1024;

/** Limits of what evidence a unit and a year may hold, and of what an Office file may inflate to. */
export const uploadLimits = {
  unitFiles: 200,
  unitBytes: 300 * 1024 * 1024,
  cycleBytes: 3 * 1024 * 1024 * 1024,
  archive: { maxEntries: 2_000, maxInflatedBytes: 200 * 1024 * 1024 },
};

/** An upload as the HTTP layer received it: streamed to a temporary file, measured and hashed. */
export interface ReceivedFile {
  /** As the browser named it. */
  fileName: string;
  /** As the browser declared it. */
  contentType: string;
  path: string;
  sizeBytes: number;
  sha256: string;
  /** The first bytes, for the content check. */
  head: Uint8Array;
}

/**
 * The name's extension, the declared type and the content must name one accepted type; an Office
 * file is checked as an archive. Returns the type and the name to store (rewritten: no control or
 * invisible characters, the type's own extension).
 */
async function checkFile(file: ReceivedFile, allowed: readonly string[], maxBytes: number) {
  if (file.sizeBytes === 0) throw new DomainError('INVALID_INPUT', 'Tệp rỗng.');
  if (file.sizeBytes > maxBytes) throw new DomainError('FILE_TOO_LARGE', undefined, { maxBytes });
  const type = allowed.includes(file.contentType) ? fileTypeOf(file.contentType) : undefined;
  if (!type) throw new DomainError('FILE_TYPE_NOT_ALLOWED', undefined, { allowed });
  const extension = extensionOf(file.fileName.trim());
  if (!type.extensions.includes(extension)) {
    throw new DomainError('FILE_TYPE_NOT_ALLOWED', undefined, { extension, allowed: type.extensions });
  }
  if (!startsWithMagic(type, file.head)) throw new DomainError('FILE_CONTENT_MISMATCH');
  if (type.ooxmlPart)
    await checkOfficeArchive(file.path, file.sizeBytes, type.ooxmlPart, uploadLimits.archive);
  const fileName = storedFileName(file.fileName, type);
  if (!fileName) throw new DomainError('FILE_NAME_INVALID');
  return { type, fileName };
}

/** A criterion or bonus item of the year's scoring table. */
async function assertCriterion(db: Db, cycleId: string, criterionId: string): Promise<void> {
  const [template] = await db
    .select({ body: scoringTemplates.body })
    .from(scoringTemplates)
    .where(eq(scoringTemplates.cycleId, cycleId));
  const ids = new Set([
    ...(template?.body.groups.flatMap((g) => g.criteria.map((c) => c.id)) ?? []),
    ...(template?.body.bonus.items.map((b) => b.id) ?? []),
  ]);
  if (!ids.has(criterionId)) throw new DomainError('UNKNOWN_CRITERION', undefined, { criterionId });
}

/** Evidence belongs to the unit's sheet while it is still a draft (or returned for revision). */
export async function uploadEvidence(
  db: Db,
  access: Access,
  input: { cycleId: string; unitId: string; criterionId: string | null; file: ReceivedFile },
) {
  const { file } = input;
  const { type, fileName } = await checkFile(file, evidenceContentTypes, EVIDENCE_MAX_BYTES);
  await checkApiStep({ db, access }, input.cycleId, 'uploadEvidence', { unitId: input.unitId });
  if (input.criterionId) await assertCriterion(db, input.cycleId, input.criterionId);
  return db.transaction(async (tx) => {
    // Created if missing, then locked: concurrent uploads of one unit queue here.
    await ensureSelfAssessment(tx, { cycleId: input.cycleId, unitId: input.unitId });
    const [sheet] = await tx
      .select({ id: selfAssessments.id, status: selfAssessments.status })
      .from(selfAssessments)
      .where(and(eq(selfAssessments.cycleId, input.cycleId), eq(selfAssessments.unitId, input.unitId)))
      .for('update');
    if (!sheet) throw new DomainError('NOT_FOUND');
    if (sheet.status === 'submitted' || sheet.status === 'signedOff')
      throw new DomainError('ALREADY_SUBMITTED');
    const sheetId = sheet.id;
    // The unit's sheet is locked: two uploads of one unit cannot both slip under its quota.
    const usage = (where: ReturnType<typeof eq>) =>
      tx
        .select({ files: count(), bytes: sum(evidenceFiles.sizeBytes).mapWith(Number) })
        .from(evidenceFiles)
        .innerJoin(selfAssessments, eq(selfAssessments.id, evidenceFiles.selfAssessmentId))
        .where(where);
    const [unit] = await usage(eq(evidenceFiles.selfAssessmentId, sheetId));
    const [cycle] = await usage(eq(selfAssessments.cycleId, input.cycleId));
    const limits = uploadLimits;
    if (
      (unit?.files ?? 0) + 1 > limits.unitFiles ||
      (unit?.bytes ?? 0) + file.sizeBytes > limits.unitBytes ||
      (cycle?.bytes ?? 0) + file.sizeBytes > limits.cycleBytes
    ) {
      throw new DomainError('EVIDENCE_QUOTA_EXCEEDED', undefined, {
        unitFiles: limits.unitFiles,
        unitBytes: limits.unitBytes,
        cycleBytes: limits.cycleBytes,
      });
    }
    const storageKey = newStorageKey();
    await writeStoredFile(tx, storageKey, createReadStream(file.path, { highWaterMark: FILE_CHUNK_BYTES }));
    const id = await addEvidence(tx, {
      selfAssessmentId: sheetId,
      criterionId: input.criterionId,
      fileName,
      contentType: type.contentType,
      storage: { key: storageKey, sizeBytes: file.sizeBytes, sha256: file.sha256 },
      uploadedBy: access.principal.userId,
    });
    await audit(tx, access.actor, {
      action: 'evidence.upload',
      entity: 'unit',
      entityId: input.unitId,
      after: { cycleId: input.cycleId, evidenceId: id, fileName, sizeBytes: file.sizeBytes },
    });
    return { id, fileName, sizeBytes: file.sizeBytes };
  });
}

/** The step each kind of step file is uploaded for: who may take it is who may upload. */
const stepOfFile: Record<StepFilePurpose, StepName> = {
  eligibilityCase: 'recordEligibilityCase',
  withdrawalLetter: 'withdrawCandidacy',
};

/** Files one unit's year may hold for its steps (case documents, letters). */
const STEP_FILES_PER_UNIT = 20;

/**
 * A file uploaded for a step about to be taken (a case's document, a withdrawal letter): checked as
 * evidence is, by the one the step allows, for that unit's year. The step then names it by its id.
 */
export async function uploadStepFile(
  db: Db,
  access: Access,
  input: { cycleId: string; unitId: string; purpose: StepFilePurpose; file: ReceivedFile },
) {
  const { file } = input;
  const { type, fileName } = await checkFile(file, evidenceContentTypes, STEP_FILE_MAX_BYTES);
  await checkApiStep({ db, access }, input.cycleId, stepOfFile[input.purpose], { unitId: input.unitId });
  return db.transaction(async (tx) => {
    const [held] = await tx
      .select({ files: count() })
      .from(stepFiles)
      .where(and(eq(stepFiles.cycleId, input.cycleId), eq(stepFiles.unitId, input.unitId)));
    if ((held?.files ?? 0) >= STEP_FILES_PER_UNIT) {
      throw new DomainError(
        'EVIDENCE_QUOTA_EXCEEDED',
        `Mỗi đơn vị chỉ đính kèm tối đa ${STEP_FILES_PER_UNIT} tệp cho các bước của năm thi đua.`,
      );
    }
    const storageKey = newStorageKey();
    await writeStoredFile(tx, storageKey, createReadStream(file.path, { highWaterMark: FILE_CHUNK_BYTES }));
    const id = await addStepFile(tx, {
      cycleId: input.cycleId,
      unitId: input.unitId,
      purpose: input.purpose,
      fileName,
      contentType: type.contentType,
      storage: { key: storageKey, sizeBytes: file.sizeBytes, sha256: file.sha256 },
      uploadedBy: access.principal.userId,
    });
    return { id, fileName, sizeBytes: file.sizeBytes };
  });
}

/** The hand-signed PDF of an issued record; the record is then frozen as signed. */
export async function uploadSignedScan(
  db: Db,
  access: Access,
  input: { documentId: string; file: ReceivedFile },
) {
  const { fileName } = await checkFile(input.file, ['application/pdf'], SIGNED_SCAN_MAX_BYTES);
  const bytes = await readFile(input.file.path);
  return db.transaction(async (tx) => {
    const doc = await signDocument(tx, {
      documentId: input.documentId,
      scan: { fileName, bytes },
      uploadedBy: access.principal.userId,
    });
    await audit(tx, access.actor, {
      action: 'document.sign',
      entity: 'document',
      entityId: input.documentId,
      after: { cycleId: doc.cycleId, fileName, sizeBytes: bytes.length },
    });
    return { documentId: input.documentId, status: doc.status };
  });
}
