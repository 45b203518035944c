import { type DbOrTx, listCycleDocuments, loadIssuerFacts } from '@thidua/db';
import { cycles, documents, signedScans } from '@thidua/db/schema';
import { DomainError, slug } from '@thidua/domain';
import { eq, inArray } from 'drizzle-orm';
import { strToU8, type Zippable, zipSync } from 'fflate';

/**
 * The cycle's records (latest version of each, and the signed scans) as one zip with a manifest of
 * SHA-256 checksums, SHA256SUMS as `sha256sum -c` reads it (no extension: the zip's only .txt-like
 * entry would look like a record). Entry times are the newest record's, so the same records give
 * the same zip.
 */
export async function dossierZip(
  db: DbOrTx,
  cycleId: string,
): Promise<{ fileName: string; bytes: Uint8Array }> {
  const [cycle] = await db
    .select({ blocId: cycles.blocId, year: cycles.year })
    .from(cycles)
    .where(eq(cycles.id, cycleId));
  if (!cycle) throw new DomainError('NOT_FOUND', 'Không tìm thấy năm thi đua.');
  const latest = (await listCycleDocuments(db, cycleId)).filter((d) => d.status !== 'cancelled');
  if (latest.length === 0) throw new DomainError('DOCUMENTS_NOT_READY');
  const ids = latest.map((d) => d.id);
  const files = await db
    .select({ id: documents.id, bytes: documents.bytes })
    .from(documents)
    .where(inArray(documents.id, ids));
  const scans = await db.select().from(signedScans).where(inArray(signedScans.documentId, ids));
  const mtime = new Date(Math.max(...latest.map((d) => d.createdAt.getTime())));
  const entries: Zippable = {};
  const manifest: string[] = [];
  const used = new Set<string>();
  const unique = (name: string) => {
    let candidate = name;
    for (let n = 2; used.has(candidate); n++) candidate = name.replace(/(\.[^.]*)?$/, `-${n}$1`);
    used.add(candidate);
    return candidate;
  };
  for (const doc of [...latest].sort((a, b) => a.fileName.localeCompare(b.fileName, 'vi'))) {
    const bytes = files.find((f) => f.id === doc.id)?.bytes;
    if (!bytes) continue;
    const name = unique(doc.fileName.normalize('NFC'));
    entries[name] = [new Uint8Array(bytes), { level: name.endsWith('.docx') ? 0 : 9, mtime }];
    manifest.push(`${doc.sha256}  ${name}`);
    const scan = scans.find((s) => s.documentId === doc.id);
    if (scan?.bytes) {
      const scanName = unique(`ban-ky/${scan.fileName.normalize('NFC')}`);
      entries[scanName] = [new Uint8Array(scan.bytes), { level: 0, mtime }];
      manifest.push(`${scan.sha256}  ${scanName}`);
    }
  }
  entries.SHA256SUMS = [strToU8(`${manifest.join('\n')}\n`), { level: 9, mtime }];
  const { blocShort } = await loadIssuerFacts(db, { blocId: cycle.blocId, date: `${cycle.year}-12-31` });
  return { fileName: `ho-so-${slug(blocShort)}-${cycle.year}.zip`, bytes: zipSync(entries) };
}
