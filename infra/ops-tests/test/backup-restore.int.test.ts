import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createDocumentVersion, issueDocument, schema, seedDemoData, signDocument } from '@thidua/db';
import { createTestDatabase, type TestDatabase, withDatabase } from '@thidua/db/testing';
import type {} from '@thidua/vitest-setup/context';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { repoRoot } from '../src/go-tools';
import { findPgTools, type PgTools, pgToolsFor } from '../src/pg-tools';

const run = promisify(execFile);
const backupScript = path.join(repoRoot, 'infra', 'backup', 'backup.sh');
const restoreScript = path.join(repoRoot, 'infra', 'backup', 'restore.sh');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function query<T extends pg.QueryResultRow>(
  url: string,
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

async function serverMajor(url: string): Promise<number | undefined> {
  try {
    const [row] = await query<{ v: string }>(url, "select current_setting('server_version_num') as v");
    return Math.floor(Number(row!.v) / 10_000);
  } catch {
    return undefined;
  }
}

/**
 * The run's PostgreSQL, when this machine has a pg_dump for its major version; otherwise (pg_dump refuses
 * newer servers) the machine's own PostgreSQL, whose client tools Debian installs alongside it.
 */
async function chooseServer(): Promise<
  { adminUrl: string; tools: PgTools; note: string } | { skip: string }
> {
  const all = findPgTools();
  const candidates = [
    { adminUrl: inject('databaseAdminUrl'), label: 'the test run PostgreSQL' },
    {
      adminUrl: 'postgres://postgres@127.0.0.1:5432/postgres',
      label: 'the machine PostgreSQL on 127.0.0.1:5432',
    },
  ];
  const seen: string[] = [];
  for (const { adminUrl, label } of candidates) {
    const major = await serverMajor(adminUrl);
    if (major === undefined) continue;
    const tools = pgToolsFor(major, all);
    if (tools)
      return { adminUrl, tools, note: `${label} (PostgreSQL ${major}, client tools ${tools.binDir})` };
    seen.push(`${label} is PostgreSQL ${major}`);
  }
  const have = all.map((tools) => `${tools.major} (${tools.binDir})`).join(', ') || 'none';
  return {
    skip: `no pg_dump/pg_restore/psql for the servers available (${seen.join('; ')}; client tools found: ${have}): install postgresql-client of the server's major version or set PG_BIN`,
  };
}

const choice = await chooseServer();
const work = mkdtempSync(path.join(os.tmpdir(), 'thidua-backup-'));
let source: TestDatabase | undefined;
const targets: string[] = [];
/** Files stored by the platform: bytes and the digest recorded when they were stored. */
const stored: { id: string; bytes: Buffer }[] = [];

async function createEmptyDatabase(adminUrl: string): Promise<string> {
  const name = `thidua_restore_${randomBytes(4).toString('hex')}`;
  await query(adminUrl, `create database "${name}"`);
  targets.push(name);
  return withDatabase(adminUrl, name);
}

function script(file: string, args: string[], env: Record<string, string>) {
  return run('bash', [file, ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    maxBuffer: 16 * 1024 * 1024,
  });
}

beforeAll(async () => {
  if ('skip' in choice) return;
  console.info(`backup and restore against ${choice.note}`);
  source = await createTestDatabase(choice.adminUrl, { prefix: 'thidua_backup' });
  await seedDemoData(source.db);
  const [province] = await source.db.select().from(schema.provinces).limit(1);
  const [user] = await source.db.select().from(schema.users).limit(1);
  await source.db.transaction(async (tx) => {
    for (let index = 0; index < 6; index += 1) {
      // Binary content of every byte value, as a .docx or a scanned PDF has.
      const bytes = Buffer.concat([randomBytes(50_000 + index * 1_000), Buffer.from([0, 255, 0, 10, 13])]);
      const doc = await createDocumentVersion(tx, {
        provinceId: province!.id,
        recordType: 'proposal',
        issuerCode: 'KTĐNC',
        year: 2025,
        series: 'TTr',
        title: `Tờ trình đề nghị khen thưởng số ${index + 1}`,
        fileName: `to-trinh-${index + 1}.docx`,
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        bytes,
        sourceDataHash: sha256(Buffer.from(String(index))),
      });
      stored.push({ id: doc.id, bytes });
      if (index === 0) {
        await issueDocument(tx, doc.id);
        await signDocument(tx, { documentId: doc.id, uploadedBy: user!.id });
      }
    }
  });
}, 120_000);

afterAll(async () => {
  await source?.drop();
  if (!('skip' in choice)) {
    for (const name of targets)
      await query(choice.adminUrl, `drop database if exists "${name}" with (force)`);
  }
  rmSync(work, { recursive: true, force: true });
});

describe('infra/backup: backup.sh → restore.sh', () => {
  let backupDir = '';

  test('backs up the database (documents included) and the storage folder', async ({ skip }) => {
    if ('skip' in choice) return skip(choice.skip);
    const storage = path.join(work, 'storage');
    mkdirSync(path.join(storage, 'scans'), { recursive: true });
    writeFileSync(path.join(storage, 'scans', 'bien-ban.pdf'), 'scan');
    const { stdout } = await script(backupScript, [path.join(work, 'backups')], {
      DATABASE_URL: source!.url,
      PG_BIN: choice.tools.binDir,
      THIDUA_STORAGE_DIR: storage,
    });
    backupDir = stdout.trim().split('\n').at(-1)!;
    const digests = readFileSync(path.join(backupDir, 'document-digests.tsv'), 'utf8');
    for (const { id, bytes } of stored)
      expect(digests).toContain(`documents\t${id}\t${sha256(bytes)}\t${sha256(bytes)}`);
    expect(readFileSync(path.join(backupDir, 'SHA256SUMS'), 'utf8')).toMatch(
      /database\.dump[\s\S]*storage\.tar\.gz/,
    );
  });

  test('restores into an empty database and verifies row counts and every SHA-256', async ({ skip }) => {
    if ('skip' in choice) return skip(choice.skip);
    const target = await createEmptyDatabase(choice.adminUrl);
    const restoredStorage = path.join(work, 'restored-storage');
    const { stderr } = await script(restoreScript, [backupDir], {
      DATABASE_URL: target,
      PG_BIN: choice.tools.binDir,
      THIDUA_STORAGE_DIR: restoredStorage,
    });
    expect(stderr).toMatch(/restored and verified: \d+ tables, 6 stored files/);

    // Checked again here, independently of the script: the bytes read back hash to the stored digests.
    const rows = await query<{ id: string; sha256: string; bytes: Buffer }>(
      target,
      'select id, sha256, bytes from documents order by created_at',
    );
    expect(rows).toHaveLength(stored.length);
    for (const { id, bytes } of stored) {
      const row = rows.find((candidate) => candidate.id === id)!;
      expect(sha256(row.bytes)).toBe(sha256(bytes));
      expect(row.sha256).toBe(sha256(bytes));
    }
    const counts = async (url: string) =>
      query<{ users: string; units: string; audit: string }>(
        url,
        'select (select count(*) from users) as users, (select count(*) from units) as units, (select count(*) from audit_log) as audit',
      );
    expect(await counts(target)).toEqual(await counts(source!.url));
    expect(readFileSync(path.join(restoredStorage, 'scans', 'bien-ban.pdf'), 'utf8')).toBe('scan');

    // The database's guards came back too: a signed document still cannot be changed.
    await expect(
      query(target, `update documents set title = 'Sửa' where status = 'signed'`),
    ).rejects.toThrow();
  });

  test('refuses a damaged backup and a database that is not empty', async ({ skip }) => {
    if ('skip' in choice) return skip(choice.skip);
    const damaged = path.join(work, 'damaged');
    await run('cp', ['-R', backupDir, damaged]);
    const dump = readFileSync(path.join(damaged, 'database.dump'));
    const middle = dump.length >> 1;
    dump[middle] = (dump[middle] ?? 0) ^ 0xff;
    writeFileSync(path.join(damaged, 'database.dump'), dump);
    const env = { PG_BIN: choice.tools.binDir, THIDUA_STORAGE_DIR: path.join(work, 'unused') };
    await expect(
      script(restoreScript, [damaged], { ...env, DATABASE_URL: await createEmptyDatabase(choice.adminUrl) }),
    ).rejects.toMatchObject({ stderr: expect.stringMatching(/the backup files are damaged/) });
    await expect(
      script(restoreScript, [backupDir], { ...env, DATABASE_URL: source!.url }),
    ).rejects.toMatchObject({
      stderr: expect.stringMatching(/already has \d+ table\(s\): restore into an empty database/),
    });
  });
});
