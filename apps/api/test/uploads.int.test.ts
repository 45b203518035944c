/**
 * Evidence uploads tried as an attacker would: a PDF header in front of a page or a program under
 * its name, names with right-to-left overrides and line breaks, an Office file that inflates to a
 * gibibyte, an unknown criterion, a unit over its quota, a body without a length that never ends,
 * and eight large uploads at once (they stream: memory does not grow with them).
 */
import { execFile } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { constants, createDeflateRaw } from 'node:zlib';
import { uploadLimits } from '@thidua/api';
import { evidenceFiles, selfAssessments, storedFileChunks } from '@thidua/db/schema';
import { demoDataset } from '@thidua/domain';
import type {} from '@thidua/vitest-setup/context';
import { eq, inArray, sql } from 'drizzle-orm';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { CYCLE_2023, PDF } from '../../../packages/api/test/helpers/fixtures';
import { apiUnderTest, signedIn, yearIn } from './api-under-test';
import { postFile } from './http-client';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const MiB = 1024 * 1024;
const api = apiUnderTest('thidua_api_uploads', {
  worker: false,
  // The year's self-assessment is open.
  prepare: yearIn('selfAssessment'),
});

const officer = (username: string) => signedIn(api.url, username);

type Client = Awaited<ReturnType<typeof officer>>;

async function upload(
  client: Client,
  file: Blob,
  name: string,
  fields: Record<string, string> = { cycleId: CYCLE_2023, unitId: 'u-snv' },
) {
  return postFile(api.url, client, '/api/evidence', fields, { blob: file, name });
}

/** A multipart body written by hand, the name as `filename*` (so it may hold any character). */
async function uploadRaw(client: Client, name: string, bytes: Uint8Array, contentType = 'application/pdf') {
  const fields = { cycleId: CYCLE_2023, unitId: 'u-snv' };
  const body = Buffer.concat([
    Buffer.from(
      `${Object.entries(fields)
        .map(([k, v]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
        .join(
          '',
        )}--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename*=UTF-8''${encodeURIComponent(name)}\r\nContent-Type: ${contentType}\r\n\r\n`,
    ),
    Buffer.from(bytes),
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
  const response = await fetch(`${api.url}/api/evidence`, {
    method: 'POST',
    headers: client.headers({
      'x-thidua-csrf': '1',
      'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
    }),
    body,
  });
  const json = (await response.json()) as { id?: string; fileName?: string; error?: { code: string } };
  return { status: response.status, code: json.error?.code, body: json };
}

const pdf = (bytes: Uint8Array | string = PDF) => new Blob([bytes], { type: 'application/pdf' });
const storedNames = async () =>
  (await api.database.db.select({ name: evidenceFiles.fileName }).from(evidenceFiles)).map((r) => r.name);

describe('what a file is', () => {
  test('a PDF header in front of a page, a script or a program is refused under any other name', async () => {
    const client = await officer('noivu.canbo');
    const polyglot = pdf('%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>');
    for (const name of [
      'bao-cao.hta',
      'bao-cao.html',
      'bao-cao.exe',
      'bao-cao.js',
      'bao-cao.svg',
      'bao-cao',
    ]) {
      const result = await upload(client, polyglot, name);
      expect([result.status, result.code], name).toEqual([415, 'FILE_TYPE_NOT_ALLOWED']);
    }
    // Declared as an image, named .png, but a PDF inside: refused too.
    const mismatch = await upload(client, new Blob([PDF], { type: 'image/png' }), 'anh.png');
    expect([mismatch.status, mismatch.code]).toEqual([400, 'FILE_CONTENT_MISMATCH']);
    expect(await storedNames()).toEqual([]);
  });

  test('names are stored rewritten: no overrides, line breaks or path characters, the type’s own extension', async () => {
    const client = await officer('noivu.canbo');
    const cases: [string, string][] = [
      ['Báo cáo\u202Efdp.exe.pdf', 'Báo cáo fdp.exe.pdf'],
      ['Biên bản\r\nContent-Type: text/html\r\n.PDF', 'Biên bản Content-Type text html.pdf'],
      ['..\\..\\etc/passwd.pdf', 'etc passwd.pdf'],
      ['\u200bẢnh\u2066 chụp\u2069.pdf', 'Ảnh chụp.pdf'],
    ];
    for (const [sent, stored] of cases) {
      const result = await uploadRaw(client, sent, PDF);
      expect(result.status, sent).toBe(201);
      expect(result.body.fileName).toBe(stored);
      const back = await fetch(`${api.url}/api/files/${result.body.id}`, { headers: client.headers() });
      expect(back.status).toBe(200);
      expect(Buffer.from(await back.arrayBuffer()).equals(PDF)).toBe(true);
      expect(back.headers.get('content-disposition')).toContain(encodeURIComponent(stored));
    }
    expect((await uploadRaw(client, '\u202e\r\n.pdf', PDF)).code).toBe('FILE_NAME_INVALID');
  });

  test('a real Word file passes; one that inflates to a gibibyte is refused, whether its header says so or lies', async () => {
    const client = await officer('noivu.canbo');
    const docx = zipSync({
      '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'),
      'word/document.xml': strToU8('<w:document><w:body><w:p/></w:body></w:document>'),
    });
    expect((await upload(client, new Blob([docx], { type: DOCX }), 'Báo cáo.docx')).status).toBe(201);

    const zeros = await deflatedZeros(1024 * MiB);
    expect(zeros.length).toBeLessThan(2 * MiB);
    for (const declaredSize of [1024 * MiB, 1000]) {
      const bomb = zipWith([
        { name: '[Content_Types].xml', data: strToU8('<Types/>') },
        { name: 'word/document.xml', data: strToU8('<w:document/>') },
        { name: 'word/media/image1.png', deflated: zeros, size: declaredSize },
      ]);
      const started = performance.now();
      const result = await upload(client, new Blob([bomb], { type: DOCX }), 'Báo cáo.docx');
      expect([result.status, result.code], String(declaredSize)).toEqual([400, 'ARCHIVE_REFUSED']);
      expect(performance.now() - started).toBeLessThan(10_000);
    }
    // Named .docx, a zip, but not a Word document.
    const other = zipSync({ 'readme.txt': strToU8('x') });
    expect((await upload(client, new Blob([other], { type: DOCX }), 'x.docx')).code).toBe('ARCHIVE_REFUSED');
  });
});

describe('where it goes and how much', () => {
  test('a criterion id must be one of the year’s scoring table', async () => {
    const client = await officer('noivu.canbo');
    const criterion = demoDataset.templates[2023].groups[0]?.criteria[0]?.id as string;
    const fields = { cycleId: CYCLE_2023, unitId: 'u-snv' };
    expect((await upload(client, pdf(), 'a.pdf', { ...fields, criterionId: 'khong-co' })).code).toBe(
      'UNKNOWN_CRITERION',
    );
    expect((await upload(client, pdf(), 'a.pdf', { ...fields, criterionId: criterion })).status).toBe(201);
  });

  test('a unit cannot upload past its quota', async () => {
    const client = await officer('tuphap.canbo');
    const fields = { cycleId: CYCLE_2023, unitId: 'u-stp' };
    const saved = uploadLimits.unitFiles;
    uploadLimits.unitFiles = 2;
    try {
      expect((await upload(client, pdf(), '1.pdf', fields)).status).toBe(201);
      expect((await upload(client, pdf(), '2.pdf', fields)).status).toBe(201);
      const over = await upload(client, pdf(), '3.pdf', fields);
      expect([over.status, over.code]).toEqual([413, 'EVIDENCE_QUOTA_EXCEEDED']);
    } finally {
      uploadLimits.unitFiles = saved;
    }
  });

  test('a unit deletes a wrong file of its draft, bytes included; no other unit can, nor once it is signed', async () => {
    const client = await officer('toaan.canbo');
    const fields = { cycleId: CYCLE_2023, unitId: 'u-tand' };
    const wrong = await upload(client, pdf(), 'nham-tep.pdf', fields);
    expect(wrong.status).toBe(201);
    const id = wrong.body.id as string;
    const stranger = await officer('vienkiemsat.canbo');
    const refused = await stranger.mutate('selfAssessment.deleteEvidence', { ...fields, evidenceId: id });
    expect(refused.error?.data.code).toBe('OUT_OF_SCOPE');
    const before = await chunkCount();
    const removed = await client.mutate('selfAssessment.deleteEvidence', { ...fields, evidenceId: id });
    expect(removed.status).toBe(200);
    expect(await chunkCount()).toBeLessThan(before);
    expect(await api.database.db.select().from(evidenceFiles).where(eq(evidenceFiles.id, id))).toEqual([]);
    const again = await client.mutate('selfAssessment.deleteEvidence', { ...fields, evidenceId: id });
    expect(again.error?.data.code).toBe('NOT_FOUND');

    const kept = await upload(client, pdf(), 'bao-cao.pdf', fields);
    await api.database.db
      .update(selfAssessments)
      .set({ status: 'signedOff', submittedAt: new Date(), signedOffAt: new Date() })
      .where(eq(selfAssessments.unitId, 'u-tand'));
    const late = await client.mutate('selfAssessment.deleteEvidence', {
      ...fields,
      evidenceId: kept.body.id,
    });
    expect(late.error?.data.code).toBe('ALREADY_SUBMITTED');
  });

  test('a body with no declared length is cut off at the limit, and nothing is kept', async () => {
    const client = await officer('thanhtra.canbo');
    const chunks = await chunkCount();
    let sent = 0;
    const response = await fetch(`${api.url}/api/evidence`, {
      method: 'POST',
      headers: client.headers({
        'x-thidua-csrf': '1',
        'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
      }),
      body: multipartStream({ cycleId: CYCLE_2023, unitId: 'u-ttt' }, 'big.pdf', 1024 * MiB, (n) => {
        sent += n;
      }),
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('FILE_TOO_LARGE');
    expect(sent).toBeLessThan(200 * MiB);
    expect(await chunkCount()).toBe(chunks);
  });

  test('eight 19 MB uploads at once are streamed to storage: memory does not grow with them', async () => {
    const client = await officer('congan.canbo');
    // The clients are processes of their own, streaming from disk: only the server is measured here.
    const dir = await mkdtemp(path.join(tmpdir(), 'thidua-upload-test-'));
    const bodyFile = path.join(dir, 'body');
    await pipeline(
      Readable.fromWeb(
        multipartStream({ cycleId: CYCLE_2023, unitId: 'u-cat' }, 'lon.pdf', 19 * MiB) as NodeReadableStream,
      ),
      createWriteStream(bodyFile),
    );
    const headers = client.headers({
      'x-thidua-csrf': '1',
      'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
    });
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 10);
    try {
      const results = await Promise.all(
        Array.from({ length: 8 }, () => streamFromChild(`${api.url}/api/evidence`, headers, bodyFile)),
      );
      expect(results.map((r) => r.status)).toEqual(Array(8).fill(201));
      const rows = await api.database.db
        .select({ size: evidenceFiles.sizeBytes, key: evidenceFiles.storageKey })
        .from(evidenceFiles)
        .where(
          inArray(
            evidenceFiles.id,
            results.map((r) => r.body.id),
          ),
        );
      expect(rows).toHaveLength(8);
      expect(rows.every((r) => r.size === 19 * MiB && r.key?.startsWith('chunks:'))).toBe(true);
    } finally {
      clearInterval(sampler);
      await rm(dir, { recursive: true, force: true });
    }
    const grownMiB = (peak - before) / MiB;
    console.log(
      `8 concurrent 19 MiB uploads: the server's resident memory grew by ${grownMiB.toFixed(0)} MiB`,
    );
    // Buffered, each upload held several copies of its 19 MiB at once (8 × 19 MiB = 152 MiB each).
    expect(grownMiB).toBeLessThan(120);
  });
});

/** POSTs a file's bytes as the body, from a Node process of its own; resolves with the answer. */
function streamFromChild(
  target: string,
  headers: Record<string, string>,
  file: string,
): Promise<{ status: number; body: { id: string } }> {
  const script = `
    const { createReadStream } = require('node:fs');
    const { Readable } = require('node:stream');
    const [target, headers, file] = process.argv.slice(1);
    fetch(target, { method: 'POST', headers: JSON.parse(headers), body: Readable.toWeb(createReadStream(file)), duplex: 'half' })
      .then(async (r) => process.stdout.write(JSON.stringify({ status: r.status, body: await r.json() })));`;
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['-e', script, target, JSON.stringify(headers), file], (error, stdout) =>
      error ? reject(error) : resolve(JSON.parse(stdout)),
    );
  });
}

const chunkCount = async () =>
  (await api.database.db.select({ n: sql<number>`count(*)::int` }).from(storedFileChunks))[0]?.n ?? 0;

const BOUNDARY = 'thidua-test-boundary-7f3a';

/** A multipart body generated as it is sent: text fields, then a PDF of `size` bytes. */
function multipartStream(
  fields: Record<string, string>,
  fileName: string,
  size: number,
  onSent: (n: number) => void = () => {},
): ReadableStream<Uint8Array> {
  const head = Buffer.from(
    `${Object.entries(fields)
      .map(([k, v]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
      .join(
        '',
      )}--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`,
  );
  const tail = Buffer.from(`\r\n--${BOUNDARY}--\r\n`);
  const piece = Buffer.alloc(256 * 1024, 0x20);
  let left = size - 9;
  let stage: 'head' | 'body' | 'tail' | 'end' = 'head';
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      let out: Buffer;
      if (stage === 'head') {
        out = head;
        stage = 'body';
      } else if (stage === 'body') {
        out = piece.subarray(0, Math.min(piece.length, left));
        left -= out.length;
        if (left === 0) stage = 'tail';
      } else if (stage === 'tail') {
        out = tail;
        stage = 'end';
      } else {
        controller.close();
        return;
      }
      onSent(out.length);
      controller.enqueue(new Uint8Array(out));
    },
  });
}

/** `size` zero bytes, raw-deflated as they are produced (never held whole). */
function deflatedZeros(size: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const deflate = createDeflateRaw({ level: constants.Z_BEST_COMPRESSION });
    const out: Buffer[] = [];
    deflate.on('data', (chunk: Buffer) => out.push(chunk));
    deflate.on('end', () => resolve(Buffer.concat(out)));
    deflate.on('error', reject);
    const zeros = Buffer.alloc(MiB);
    let left = size / MiB;
    const write = () => {
      while (left > 0) {
        left -= 1;
        if (!deflate.write(zeros)) {
          deflate.once('drain', write);
          return;
        }
      }
      deflate.end();
    };
    write();
  });
}

/**
 * A zip written by hand so an entry's header can state any size: stored entries, or one entry
 * already deflated (its CRC left 0: the server must refuse it before it would check one).
 */
function zipWith(
  entries: ({ name: string; data: Uint8Array } | { name: string; deflated: Buffer; size: number })[],
) {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const stored = 'data' in entry;
    const body = stored ? Buffer.from(entry.data) : entry.deflated;
    const size = stored ? entry.data.length : entry.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(stored ? 0 : 8, 10);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
