import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { FILE_CHUNK_BYTES, storedFileChunks } from '../schema';

/** A new key for a file stored in chunks. */
export const newStorageKey = (): string => `chunks:${randomUUID()}`;

/**
 * Writes a file chunk by chunk under `storageKey` (pieces larger than a chunk are split). Run it in
 * the transaction that writes the row pointing at the key: nothing is left behind on failure.
 */
export async function writeStoredFile(
  tx: DbOrTx,
  storageKey: string,
  pieces: AsyncIterable<Uint8Array>,
): Promise<{ sizeBytes: number; chunks: number }> {
  let seq = 0;
  let sizeBytes = 0;
  for await (const piece of pieces) {
    for (let offset = 0; offset < piece.byteLength; offset += FILE_CHUNK_BYTES) {
      const bytes = Buffer.from(piece.subarray(offset, offset + FILE_CHUNK_BYTES));
      await tx.insert(storedFileChunks).values({ storageKey, seq, bytes });
      seq += 1;
      sizeBytes += bytes.length;
    }
  }
  return { sizeBytes, chunks: seq };
}

/** Removes a stored file's chunks (with the row that pointed at them, in one transaction). */
export async function deleteStoredFile(tx: DbOrTx, storageKey: string): Promise<void> {
  await tx.delete(storedFileChunks).where(eq(storedFileChunks.storageKey, storageKey));
}

/** One chunk of a stored file, or undefined past its end. */
export async function readStoredFileChunk(
  db: DbOrTx,
  storageKey: string,
  seq: number,
): Promise<Buffer | undefined> {
  const [row] = await db
    .select({ bytes: storedFileChunks.bytes })
    .from(storedFileChunks)
    .where(and(eq(storedFileChunks.storageKey, storageKey), eq(storedFileChunks.seq, seq)));
  return row?.bytes;
}
