import { execFile } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createDb, isMigrated, migrateDatabase } from '@thidua/db';
import { getFreePort, onPath, type RunningPostgres, startEmbeddedPostgres } from '@thidua/local-services';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

/**
 * PostgreSQL over verified TLS needs no code of the platform's own: DATABASE_URL carries
 * `sslmode=verify-full&sslrootcert=<CA file>`, which node-postgres (createDb, migrateDatabase) honours.
 * Shown on a server of its own with a certificate signed by a throw-away CA.
 */
const run = promisify(execFile);
const dir = mkdtempSync(path.join(os.tmpdir(), 'thidua-pgtls-'));
chmodSync(dir, 0o755); // as root the server runs as `postgres` and must reach its files here
const file = (name: string) => path.join(dir, name);
let server: RunningPostgres | undefined;
let baseUrl = '';
const skipReason = onPath('openssl')
  ? undefined
  : 'openssl is not installed (needed to make the test certificates)';

/** openssl with space-separated arguments; `more` may hold spaces (a subject). */
async function openssl(args: string, ...more: string[]) {
  await run('openssl', [...args.split(' '), ...more], { cwd: dir });
}

/** A self-signed CA for two days: `<name>.key` and `<name>.crt`. */
const newCa = (name: string, subject: string) =>
  openssl(`req -x509 -newkey rsa:2048 -nodes -days 2 -keyout ${name}.key -out ${name}.crt -subj`, subject);

beforeAll(async () => {
  if (skipReason) return;
  await newCa('ca', '/CN=Thi dua test CA');
  await openssl('req -newkey rsa:2048 -nodes -subj /CN=localhost -keyout server.key -out server.csr');
  await run('sh', ['-c', "printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\\n' > san.ext"], { cwd: dir });
  await openssl(
    'x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 -extfile san.ext -out server.crt',
  );
  // Another CA, which never signed the server's certificate.
  await newCa('other', '/CN=Other CA');

  const port = await getFreePort();
  server = await startEmbeddedPostgres({ dataDir: file('data'), port, persistent: false });
  // The server reads its key only when it belongs to the server's own user and nobody else can read it.
  const owner = statSync(file('data'));
  for (const name of ['server.crt', 'server.key', 'ca.crt']) chownSync(file(name), owner.uid, owner.gid);
  chmodSync(file('server.key'), 0o600);
  const admin = new pg.Client({ connectionString: server.adminUrl });
  await admin.connect();
  try {
    await admin.query(`alter system set ssl_cert_file = '${file('server.crt')}'`);
    await admin.query(`alter system set ssl_key_file = '${file('server.key')}'`);
    await admin.query('alter system set ssl = on');
    await admin.query('select pg_reload_conf()');
    await admin.query('create database thidua');
  } finally {
    await admin.end();
  }
  const url = new URL(server.adminUrl);
  url.pathname = '/thidua';
  baseUrl = url.toString();
}, 120_000);

afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('PostgreSQL over TLS through DATABASE_URL', () => {
  test('verify-full with the CA file: migrations and queries run encrypted', async ({ skip }) => {
    if (skipReason) return skip(skipReason);
    const url = `${baseUrl}?sslmode=verify-full&sslrootcert=${encodeURIComponent(file('ca.crt'))}`;
    expect(await migrateDatabase(url)).toMatchObject({ applied: expect.any(Number) });
    const handle = createDb(url, { max: 1 });
    try {
      expect(await isMigrated(handle.db)).toBe(true);
      const result = await handle.db.execute<{ ssl: boolean }>(
        sql`select ssl from pg_stat_ssl where pid = pg_backend_pid()`,
      );
      expect(result.rows[0]?.ssl).toBe(true);
    } finally {
      await handle.close();
    }
  });

  test('a server certificate the CA did not sign is refused', async ({ skip }) => {
    if (skipReason) return skip(skipReason);
    const url = `${baseUrl}?sslmode=verify-full&sslrootcert=${encodeURIComponent(file('other.crt'))}`;
    const handle = createDb(url, { max: 1 });
    try {
      await expect(handle.pool.query('select 1')).rejects.toThrow(/certificate/i);
    } finally {
      await handle.close();
    }
  });
});
