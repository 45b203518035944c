import { documents } from '@thidua/db/schema';
import { DomainError } from '@thidua/domain';
import { asc, eq } from 'drizzle-orm';
import type { ServiceContext } from '../context';

/** Every version of a record (versions are never overwritten), with checksums. */
export async function documentVersions(ctx: ServiceContext, input: { documentId: string }) {
  const [doc] = await ctx.db
    .select({ groupId: documents.documentGroupId })
    .from(documents)
    .where(eq(documents.id, input.documentId));
  if (!doc) throw new DomainError('NOT_FOUND', 'Không tìm thấy văn bản.');
  return ctx.db
    .select({
      id: documents.id,
      version: documents.version,
      title: documents.title,
      fileName: documents.fileName,
      sha256: documents.sha256,
      sizeBytes: documents.sizeBytes,
      numberLabel: documents.numberLabel,
      status: documents.status,
      createdAt: documents.createdAt,
      issuedAt: documents.issuedAt,
      signedAt: documents.signedAt,
    })
    .from(documents)
    .where(eq(documents.documentGroupId, doc.groupId))
    .orderBy(asc(documents.version));
}
