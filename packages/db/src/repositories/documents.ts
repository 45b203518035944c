import { createHash, randomUUID } from 'node:crypto';
import { type DocumentTypeCode, DomainError, formatDocumentNumber, nfc, type Phase } from '@thidua/domain';
import { and, asc, eq, getTableColumns, inArray, max } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../client';
import { withDbErrors } from '../errors';
import { allocateDocumentNumber } from '../numbering';
import { documents, type RecordType, signedScans } from '../schema';

export type DocumentRow = typeof documents.$inferSelect;
/** A document row without its file: what issuing and listing read and return (the file is read by id). */
export type DocumentMeta = Omit<DocumentRow, 'bytes'>;
const { bytes: _bytes, ...metaColumns } = getTableColumns(documents);

export interface NewDocumentVersion {
  /** Omit to start a new document; pass it to add a version to an existing one. */
  documentGroupId?: string;
  cycleId?: string | null;
  provinceId: string;
  recordType: RecordType;
  issuerCode: string;
  year: number;
  series: DocumentTypeCode | null;
  title: string;
  fileName: string;
  contentType: string;
  bytes: Buffer;
  sourceDataHash: string;
  cyclePhase?: Phase | null;
  authorUserId?: string | null;
}

export const sha256Hex = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/**
 * Stores a generated file as a new draft version (version = last + 1 in its group). Versions are
 * never overwritten: (document_group_id, version) is unique, and signed rows are frozen by trigger.
 */
export async function createDocumentVersion(tx: Tx, input: NewDocumentVersion): Promise<DocumentMeta> {
  const groupId = input.documentGroupId ?? randomUUID();
  const [last] = await tx
    .select({ v: max(documents.version) })
    .from(documents)
    .where(eq(documents.documentGroupId, groupId));
  const rows = await withDbErrors(() =>
    tx
      .insert(documents)
      .values({
        documentGroupId: groupId,
        version: (last?.v ?? 0) + 1,
        cycleId: input.cycleId ?? null,
        provinceId: input.provinceId,
        recordType: input.recordType,
        issuerCode: nfc(input.issuerCode.trim()),
        year: input.year,
        series: input.series,
        title: nfc(input.title.trim()),
        fileName: nfc(input.fileName.trim()),
        contentType: input.contentType,
        sha256: sha256Hex(input.bytes),
        sizeBytes: input.bytes.length,
        bytes: input.bytes,
        sourceDataHash: input.sourceDataHash,
        cyclePhase: input.cyclePhase ?? null,
        authorUserId: input.authorUserId ?? null,
      })
      .returning(metaColumns),
  );
  return rows[0] as DocumentMeta;
}

async function lockDocument(tx: Tx, documentId: string): Promise<DocumentMeta> {
  const [doc] = await tx
    .select(metaColumns)
    .from(documents)
    .where(eq(documents.id, documentId))
    .for('update');
  if (!doc) throw new DomainError('NOT_FOUND', 'Không tìm thấy văn bản.', { documentId });
  return doc;
}

/**
 * Issues a draft: gives it the next number of its series (in this transaction, see numbering.ts)
 * and the printed "05/TTr-KTĐNC". Unnumbered records (no series) are issued without a number.
 */
export async function issueDocument(
  tx: Tx,
  documentId: string,
  issuedAt = new Date(),
): Promise<DocumentMeta> {
  const doc = await lockDocument(tx, documentId);
  if (doc.status !== 'draft') {
    throw new DomainError('DOCUMENT_IMMUTABLE', 'Chỉ văn bản dự thảo mới được ban hành.', {
      status: doc.status,
    });
  }
  let numbering: { number: number; numberLabel: string } | undefined;
  if (doc.series) {
    const series = doc.series as DocumentTypeCode;
    const number = await allocateDocumentNumber(tx, {
      provinceId: doc.provinceId,
      issuerCode: doc.issuerCode,
      year: doc.year,
      series,
    });
    numbering = {
      number,
      numberLabel: formatDocumentNumber({ number, typeCode: series, issuerCode: doc.issuerCode }),
    };
  }
  const rows = await withDbErrors(() =>
    tx
      .update(documents)
      .set({ status: 'issued', issuedAt, ...numbering })
      .where(eq(documents.id, documentId))
      .returning(metaColumns),
  );
  return rows[0] as DocumentMeta;
}

/**
 * Issues a draft as the next version of the document whose current version is `priorId`: same
 * number, printed the same; the prior version is kept, marked superseded.
 */
export async function issueNextVersion(
  tx: Tx,
  input: { draftId: string; priorId: string; issuedAt: Date },
): Promise<DocumentMeta> {
  const prior = await lockDocument(tx, input.priorId);
  const draft = await lockDocument(tx, input.draftId);
  if (draft.status !== 'draft' || draft.documentGroupId !== prior.documentGroupId) {
    throw new DomainError(
      'DOCUMENT_IMMUTABLE',
      'Chỉ bản dự thảo của cùng văn bản mới được ban hành thay bản trước.',
      {
        status: draft.status,
      },
    );
  }
  if (prior.status !== 'issued' && prior.status !== 'signed') {
    throw new DomainError('DOCUMENT_IMMUTABLE', 'Chỉ bản đang có hiệu lực mới được thay bằng bản mới.', {
      status: prior.status,
    });
  }
  await withDbErrors(() =>
    tx.update(documents).set({ status: 'superseded' }).where(eq(documents.id, prior.id)),
  );
  const rows = await withDbErrors(() =>
    tx
      .update(documents)
      .set({
        status: 'issued',
        issuedAt: input.issuedAt,
        number: prior.number,
        numberLabel: prior.numberLabel,
      })
      .where(eq(documents.id, draft.id))
      .returning(metaColumns),
  );
  return rows[0] as DocumentMeta;
}

/** The document is replaced by a new one with its own number; this one keeps its number, withdrawn. */
export async function withdrawDocument(tx: Tx, documentId: string): Promise<DocumentMeta> {
  const rows = await withDbErrors(() =>
    tx
      .update(documents)
      .set({ status: 'withdrawn' })
      .where(eq(documents.id, documentId))
      .returning(metaColumns),
  );
  if (!rows[0]) throw new DomainError('NOT_FOUND', 'Không tìm thấy văn bản.', { documentId });
  return rows[0];
}

/** The current (issued or signed) version of each document of a cycle, without its file. */
export async function currentCycleDocuments(tx: DbOrTx, cycleId: string): Promise<DocumentMeta[]> {
  return tx
    .select(metaColumns)
    .from(documents)
    .where(and(eq(documents.cycleId, cycleId), inArray(documents.status, ['issued', 'signed'])))
    .orderBy(asc(documents.createdAt));
}

/** Marks an issued document signed and keeps the hand-signed scan beside it (both then frozen). */
export async function signDocument(
  tx: Tx,
  input: {
    documentId: string;
    scan?: { fileName: string; bytes: Buffer };
    uploadedBy: string;
    signedAt?: Date;
  },
): Promise<DocumentRow> {
  const doc = await lockDocument(tx, input.documentId);
  if (doc.status !== 'issued') {
    throw new DomainError('DOCUMENT_IMMUTABLE', 'Chỉ văn bản đã ban hành mới được ghi nhận đã ký.', {
      status: doc.status,
    });
  }
  return withDbErrors(async () => {
    if (input.scan) {
      await tx.insert(signedScans).values({
        documentId: doc.id,
        fileName: nfc(input.scan.fileName.trim()),
        contentType: 'application/pdf',
        sha256: sha256Hex(input.scan.bytes),
        sizeBytes: input.scan.bytes.length,
        bytes: input.scan.bytes,
        uploadedBy: input.uploadedBy,
      });
    }
    const rows = await tx
      .update(documents)
      .set({ status: 'signed', signedAt: input.signedAt ?? new Date() })
      .where(eq(documents.id, doc.id))
      .returning();
    return rows[0] as DocumentRow;
  });
}

/** Cancels a draft or issued document; an issued one keeps its number forever. */
export async function cancelDocument(tx: Tx, documentId: string, reason: string): Promise<DocumentRow> {
  const text = nfc(reason.trim());
  if (!text) throw new DomainError('INVALID_INPUT', 'Phải ghi rõ lý do hủy văn bản.');
  const rows = await withDbErrors(() =>
    tx
      .update(documents)
      .set({ status: 'cancelled', cancelledAt: new Date(), cancelReason: text })
      .where(eq(documents.id, documentId))
      .returning(),
  );
  if (!rows[0]) throw new DomainError('NOT_FOUND', 'Không tìm thấy văn bản.', { documentId });
  return rows[0];
}

/**
 * The latest version of each document of a cycle (without bytes; fetch those by id). A withdrawn
 * document was replaced by another and is not part of the cycle's records any more; its versions
 * stay readable by id.
 */
export async function listCycleDocuments(db: DbOrTx, cycleId: string) {
  const rows = await db.select(metaColumns).from(documents).where(eq(documents.cycleId, cycleId));
  const latest = new Map<string, (typeof rows)[number]>();
  for (const r of rows) {
    const seen = latest.get(r.documentGroupId);
    if (!seen || seen.version < r.version) latest.set(r.documentGroupId, r);
  }
  return [...latest.values()].filter((r) => r.status !== 'withdrawn' && r.status !== 'superseded');
}
