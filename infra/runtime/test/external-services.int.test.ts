import { randomBytes } from 'node:crypto';
import { verifyPassword } from '@thidua/db';
import { adminQuery, ensureTestAppLogin, runtimeDatabaseEnv } from '@thidua/db/testing';
import { getFreePort, type RunningTemporal, startTemporalDevServer } from '@thidua/local-services';
import type {} from '@thidua/vitest-setup/context';
import pg from 'pg';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { type RuntimeProcess, spawnRuntime, waitForReady } from './runtime-process';

/** The machine's own PostgreSQL (trust auth), when there is one; else the run's embedded one. */
const MACHINE_POSTGRES = 'postgres://postgres@127.0.0.1:5432/test';

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

const onMachinePostgres = await reachable(MACHINE_POSTGRES);
const adminUrl = onMachinePostgres ? MACHINE_POSTGRES : inject('databaseAdminUrl');
const where = onMachinePostgres
  ? 'the machine PostgreSQL on 127.0.0.1:5432'
  : 'the test run PostgreSQL (127.0.0.1:5432 not reachable)';
if (!onMachinePostgres)
  console.warn(`127.0.0.1:5432 is not reachable: using ${adminUrl.replace(/:[^:@/]*@/, ':***@')}`);

const admin = (text: string) => adminQuery(adminUrl, text);

// A database of its own on that server, so runs never see each other's schema or rows.
const databaseName = `thidua_ext_${randomBytes(4).toString('hex')}`;
const databaseUrl = (() => {
  const url = new URL(adminUrl);
  url.pathname = `/${databaseName}`;
  return url.toString();
})();
// The owner runs the migrations; the services log in as a member of thidua_app that owns nothing.
const databaseEnv = runtimeDatabaseEnv(adminUrl, databaseName);
const namespace = 'thidua-external';
let temporal: RunningTemporal;
const processes: RuntimeProcess[] = [];

beforeAll(async () => {
  await admin(`create database "${databaseName}"`);
  await ensureTestAppLogin(adminUrl);
  // A bare server: the runtime itself must create the namespace and register the search attributes.
  temporal = await startTemporalDevServer({
    cliPath: inject('temporalCliPath'),
    port: await getFreePort(),
    namespaces: [],
    searchAttributes: [],
  });
});

afterAll(async () => {
  await Promise.all(processes.map((runtime) => runtime.stop('SIGKILL')));
  await temporal?.stop();
  await admin(`drop database if exists "${databaseName}" with (force)`);
});

test(`--role api, worker and records as separate processes on existing services (${where})`, async () => {
  const env = {
    ...databaseEnv,
    TEMPORAL_ADDRESS: temporal.address,
    TEMPORAL_NAMESPACE: namespace,
  };
  const worker = spawnRuntime('worker', env);
  const records = spawnRuntime('records', env);
  const api = spawnRuntime('api', { ...env, THIDUA_PORT: String(await getFreePort()) });
  processes.push(worker, records, api);

  const appUrl = await api.waitForAppUrl();
  expect(await waitForReady(appUrl)).toMatchObject({
    checks: { database: { ok: true }, temporal: { ok: true }, worker: { ok: true } },
  });
  expect(api.output()).not.toContain('Temporal UI');
  expect(api.output()).not.toContain('Demo sign-ins');
  await worker.waitFor(/worker polling/);
  await records.waitFor(/worker polling/);
  // Each polls its own queue: the records worker builds no workflow bundle and runs no cycle.
  expect(worker.output()).toMatch(/"taskQueues":\["thidua-cycles"\]/);
  expect(records.output()).toMatch(/"taskQueues":\["thidua-cycles-records"\]/);
  expect(records.output()).not.toMatch(/workflow bundle/i);

  expect(await api.stop('SIGTERM')).toBe(0);
  expect(await worker.stop('SIGTERM')).toBe(0);
  expect(await records.stop('SIGTERM')).toBe(0);

  // The owner's URL as the application's: refused before anything serves.
  const asOwner = spawnRuntime('worker', { ...env, DATABASE_URL: databaseUrl });
  processes.push(asOwner);
  expect(await asOwner.exited).toBe(1);
  expect(asOwner.output()).toMatch(/DATABASE_URL connects as "[^"]+", (a superuser|which owns tables)/);
});

test('the first admin: --role migrate --create-admin prints a one-time password, once; no demo data', async () => {
  const env = { DATABASE_MIGRATION_URL: databaseUrl };
  const first = spawnRuntime('migrate', env, { args: ['--create-admin', 'quantri'] });
  processes.push(first);
  expect(await first.exited, first.output()).toBe(0);
  const password = first.output().match(/One-time password:\s+(\S+)/)?.[1];
  expect(password, first.output()).toMatch(/^[A-Za-z]{6}-\d{4}-[A-Za-z]{4}$/);

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const account = async () =>
      (
        await client.query<{ username: string; password_hash: string; must_change_password: boolean }>(
          'select username, password_hash, must_change_password from users',
        )
      ).rows;
    const [user] = await account();
    expect(user).toMatchObject({ username: 'quantri', must_change_password: true });
    expect(await verifyPassword(password as string, user?.password_hash as string)).toBe(true);
    const grants = await client.query('select role, scope_kind from user_roles');
    expect(grants.rows).toEqual([{ role: 'admin', scope_kind: 'global' }]);
    // An external database gets no demo data, so no account with the public demo password.
    expect((await client.query('select id from provinces')).rows).toEqual([]);

    // Once: the same name again is refused in one line, and the account is left as it was.
    const again = spawnRuntime('migrate', env, { args: ['--create-admin', 'quantri'] });
    processes.push(again);
    expect(await again.exited).toBe(1);
    expect(again.output()).toMatch(/Account "quantri" already exists/);
    expect(again.output()).not.toMatch(/One-time password/);
    expect(await account()).toEqual([user]);
  } finally {
    await client.end();
  }
});
