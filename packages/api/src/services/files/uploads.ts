import type { Db } from '@thidua/db';
import { addEvidence, createSelfAssessment, signDocument } from '@thidua/db';
import { EVIDENCE_MAX_BYTES, evidenceContentTypes, selfAssessments } from '@thidua/db/schema';
import { DomainError } from '@thidua/domain';
import { and, eq } from 'drizzle-orm';
import { audit } from '../../audit/record';
import type { Access } from '../../authz/access';
import { hasForbiddenChars } from '../../schemas/chars';
import { checkApiStep } from '../steps';
import { contentMatches } from './sniff';

export const SIGNED_SCAN_MAX_BYTES = 50 * 1024 * 1024;

export interface UploadedFile {
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

function checkFile(file: UploadedFile, allowed: readonly string[], maxBytes: number): string {
  const fileName = file.fileName.normalize('NFC').trim();
  if (!fileName || fileName.length > 255 || hasForbiddenChars(fileName))
    throw new DomainError('INVALID_INPUT', 'Tên tệp không hợp lệ.');
  if (file.bytes.length === 0) throw new DomainError('INVALID_INPUT', 'Tệp rỗng.');
  if (file.bytes.length > maxBytes) throw new DomainError('FILE_TOO_LARGE', undefined, { maxBytes });
  if (!allowed.includes(file.contentType))
    throw new DomainError('FILE_TYPE_NOT_ALLOWED', undefined, { allowed });
  if (!contentMatches(file.contentType, file.bytes)) throw new DomainError('FILE_CONTENT_MISMATCH');
  return fileName;
}

/** Evidence belongs to the unit's sheet while it is still a draft (or returned for revision). */
export async function uploadEvidence(
  db: Db,
  access: Access,
  input: { cycleId: string; unitId: string; criterionId: string | null; file: UploadedFile },
) {
  const fileName = checkFile(input.file, evidenceContentTypes, EVIDENCE_MAX_BYTES);
  await checkApiStep({ db, access }, input.cycleId, 'uploadEvidence', { unitId: input.unitId });
  return db.transaction(async (tx) => {
    const [sheet] = await tx
      .select({ id: selfAssessments.id, status: selfAssessments.status })
      .from(selfAssessments)
      .where(and(eq(selfAssessments.cycleId, input.cycleId), eq(selfAssessments.unitId, input.unitId)))
      .for('update');
    if (sheet && (sheet.status === 'submitted' || sheet.status === 'signedOff'))
      throw new DomainError('ALREADY_SUBMITTED');
    const sheetId =
      sheet?.id ?? (await createSelfAssessment(tx, { cycleId: input.cycleId, unitId: input.unitId }));
    const id = await addEvidence(tx, {
      selfAssessmentId: sheetId,
      criterionId: input.criterionId,
      fileName,
      contentType: input.file.contentType,
      bytes: input.file.bytes,
      uploadedBy: access.principal.userId,
    });
    await audit(tx, access.actor, {
      action: 'evidence.upload',
      entity: 'unit',
      entityId: input.unitId,
      after: { cycleId: input.cycleId, evidenceId: id, fileName, sizeBytes: input.file.bytes.length },
    });
    return { id, fileName, sizeBytes: input.file.bytes.length };
  });
}

/** The hand-signed PDF of an issued record; the record is then frozen as signed. */
export async function uploadSignedScan(
  db: Db,
  access: Access,
  input: { documentId: string; file: UploadedFile },
) {
  const fileName = checkFile(input.file, ['application/pdf'], SIGNED_SCAN_MAX_BYTES);
  return db.transaction(async (tx) => {
    const doc = await signDocument(tx, {
      documentId: input.documentId,
      scan: { fileName, bytes: input.file.bytes },
      uploadedBy: access.principal.userId,
    });
    await audit(tx, access.actor, {
      action: 'document.sign',
      entity: 'document',
      entityId: input.documentId,
      after: { cycleId: doc.cycleId, fileName, sizeBytes: input.file.bytes.length },
    });
    return { documentId: input.documentId, status: doc.status };
  });
}
