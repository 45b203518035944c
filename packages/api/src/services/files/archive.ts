import { open } from 'node:fs/promises';
import { DomainError } from '@thidua/domain';
import { Inflate } from 'fflate';

/** What an Office file (a zip) may hold: the sizes a real document or spreadsheet never comes near. */
export interface ArchiveLimits {
  maxEntries: number;
  /** Total of every entry once inflated. */
  maxInflatedBytes: number;
}

const refuse = (reason: string, details: Record<string, unknown> = {}) =>
  new DomainError('ARCHIVE_REFUSED', undefined, { reason, ...details });

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** The central directory's entries, read from the end of the file (no zip64: our files never need it). */
async function entriesOf(file: Awaited<ReturnType<typeof open>>, size: number, limits: ArchiveLimits) {
  const tailLength = Math.min(size, 22 + 0xffff);
  const tail = Buffer.alloc(tailLength);
  await file.read(tail, 0, tailLength, size - tailLength);
  let eocd = -1;
  for (let i = tailLength - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw refuse('not a zip archive');
  const count = tail.readUInt16LE(eocd + 10);
  const directorySize = tail.readUInt32LE(eocd + 12);
  const directoryOffset = tail.readUInt32LE(eocd + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff) throw refuse('zip64 archive');
  if (count > limits.maxEntries) throw refuse('too many entries', { entries: count, max: limits.maxEntries });
  if (directoryOffset + directorySize > size) throw refuse('damaged central directory');
  const directory = Buffer.alloc(directorySize);
  await file.read(directory, 0, directorySize, directoryOffset);
  const entries: Entry[] = [];
  let at = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > directorySize || directory.readUInt32LE(at) !== 0x02014b50)
      throw refuse('damaged central directory');
    const nameLength = directory.readUInt16LE(at + 28);
    entries.push({
      method: directory.readUInt16LE(at + 10),
      compressedSize: directory.readUInt32LE(at + 20),
      size: directory.readUInt32LE(at + 24),
      name: directory.toString('utf8', at + 46, at + 46 + nameLength),
      localOffset: directory.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
  }
  return entries;
}

/** Inflates one entry in small pieces, counting what comes out, and stops once past `budget`. */
async function inflatedSize(
  file: Awaited<ReturnType<typeof open>>,
  entry: Entry,
  budget: number,
): Promise<number> {
  const header = Buffer.alloc(30);
  await file.read(header, 0, 30, entry.localOffset);
  if (header.readUInt32LE(0) !== 0x04034b50) throw refuse('damaged entry', { entry: entry.name });
  let position = entry.localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  if (entry.method === 0) return entry.compressedSize;
  if (entry.method !== 8) throw refuse('unsupported compression', { entry: entry.name });
  let produced = 0;
  let over = false;
  const inflate = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced > budget) over = true;
  });
  // 4 KiB of deflate yields at most a few MiB: no piece of a bomb is ever held whole.
  const piece = Buffer.alloc(4096);
  let left = entry.compressedSize;
  while (left > 0 && !over) {
    const { bytesRead } = await file.read(piece, 0, Math.min(piece.length, left), position);
    if (bytesRead === 0) throw refuse('damaged entry', { entry: entry.name });
    left -= bytesRead;
    position += bytesRead;
    try {
      inflate.push(piece.subarray(0, bytesRead), left === 0);
    } catch {
      throw refuse('damaged entry', { entry: entry.name });
    }
  }
  return produced;
}

/**
 * An Office Open XML file checked as the archive it is: a bounded number of entries, the part its
 * type needs, and a total inflated size under the limit, measured by inflating (a declared size
 * can lie). A 1 MB file that inflates to 1 GiB is refused after inflating just past the limit.
 */
export async function checkOfficeArchive(
  path: string,
  size: number,
  requiredPart: string,
  limits: ArchiveLimits,
): Promise<void> {
  const file = await open(path, 'r');
  try {
    const entries = await entriesOf(file, size, limits);
    const names = new Set(entries.map((e) => e.name));
    if (!names.has('[Content_Types].xml') || !names.has(requiredPart)) {
      throw refuse('not an Office document of this type', { missing: requiredPart });
    }
    const declared = entries.reduce((sum, e) => sum + e.size, 0);
    if (declared > limits.maxInflatedBytes) {
      throw refuse('inflates too large', { inflatedBytes: declared, max: limits.maxInflatedBytes });
    }
    let total = 0;
    for (const entry of entries) {
      const actual = await inflatedSize(file, entry, limits.maxInflatedBytes - total);
      if (actual !== entry.size && total + actual <= limits.maxInflatedBytes) {
        throw refuse('entry size does not match its header', { entry: entry.name });
      }
      total += actual;
      if (total > limits.maxInflatedBytes) {
        throw refuse('inflates too large', { max: limits.maxInflatedBytes });
      }
    }
  } finally {
    await file.close();
  }
}
