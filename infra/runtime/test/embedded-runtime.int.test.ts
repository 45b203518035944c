import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_PASSWORD } from '@thidua/domain';
import { getFreePort } from '@thidua/local-services';
import type {} from '@thidua/vitest-setup/context';
import pg from 'pg';
import { afterAll, expect, inject, test } from 'vitest';
import { processTree, type RuntimeProcess, spawnRuntime, survivors, waitForReady } from './runtime-process';

const tempDir = mkdtempSync(path.join(os.tmpdir(), 'thidua-runtime-'));
chmodSync(tempDir, 0o755); // as root, the embedded PostgreSQL runs as `postgres` and must enter it
let running: RuntimeProcess | undefined;

afterAll(async () => {
  await running?.stop('SIGKILL');
  rmSync(tempDir, { recursive: true, force: true });
});

async function query<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

test('npm start in a fresh folder: embedded services, data kept across a clean restart, no orphans', async () => {
  const ports = {
    THIDUA_PORT: await getFreePort(),
    THIDUA_PG_PORT: await getFreePort(),
    THIDUA_TEMPORAL_PORT: await getFreePort(),
    THIDUA_TEMPORAL_UI_PORT: await getFreePort(),
  };
  const env = {
    ...Object.fromEntries(Object.entries(ports).map(([name, port]) => [name, String(port)])),
    THIDUA_DATA_DIR: path.join(tempDir, 'data'),
    TEMPORAL_CLI_PATH: inject('temporalCliPath'),
  };
  const databaseUrl = `postgres://postgres:postgres@127.0.0.1:${ports.THIDUA_PG_PORT}/thidua`;

  const startAndCheck = async () => {
    running = spawnRuntime('all', env);
    const appUrl = await running.waitForAppUrl();
    expect(appUrl).toBe(`http://127.0.0.1:${ports.THIDUA_PORT}`);
    expect(await waitForReady(appUrl)).toMatchObject({
      status: 'ready',
      checks: { database: { ok: true }, temporal: { ok: true }, worker: { ok: true } },
    });
    expect(running.output()).toContain(`Temporal UI:  http://localhost:${ports.THIDUA_TEMPORAL_UI_PORT}`);
    console.info(running.output().match(/Thi đua is running \(ready in [\d.]+ s\)/)?.[0]);
    return running;
  };

  const stopAndCheck = async (runtime: RuntimeProcess) => {
    const pids = processTree(runtime.child.pid!).map((info) => info.pid);
    expect(pids.length).toBeGreaterThan(2); // the runtime, PostgreSQL (and its workers), Temporal
    expect(await runtime.stop('SIGTERM')).toBe(0);
    expect(await survivors(pids, tempDir)).toEqual([]);
    expect(runtime.output()).toMatch(
      /HTTP server stopped[\s\S]*worker stopped[\s\S]*Temporal dev server stopped[\s\S]*PostgreSQL stopped/,
    );
  };

  const first = await startAndCheck();
  // The API and the worker log in as the generated application login, not as the owner.
  const logins = await query<{ usename: string }>(
    databaseUrl,
    `select distinct usename from pg_stat_activity where datname = 'thidua' and pid <> pg_backend_pid()`,
  );
  expect(logins).toEqual([{ usename: 'thidua_app_local' }]);
  expect(statSync(path.join(env.THIDUA_DATA_DIR, 'postgres-app-password')).mode & 0o777).toBe(0o600);
  await query(databaseUrl, `create table e2e_marker (note text); insert into e2e_marker values ('kept')`);
  await stopAndCheck(first);

  const second = await startAndCheck();
  expect(await query<{ note: string }>(databaseUrl, 'select note from e2e_marker')).toEqual([
    { note: 'kept' },
  ]);
  expect(second.output()).toMatch(/database schema up to date/);
  await stopAndCheck(second);
});

test('a killed embedded PostgreSQL is restarted: meanwhile a 503 in Vietnamese, then served again', async () => {
  const dataDir = path.join(tempDir, 'data-killed');
  const start = async () => {
    const ports = {
      THIDUA_PORT: await getFreePort(),
      THIDUA_PG_PORT: await getFreePort(),
      THIDUA_TEMPORAL_PORT: await getFreePort(),
      THIDUA_TEMPORAL_UI_PORT: await getFreePort(),
    };
    running = spawnRuntime('all', {
      ...Object.fromEntries(Object.entries(ports).map(([name, port]) => [name, String(port)])),
      THIDUA_DATA_DIR: dataDir,
      TEMPORAL_CLI_PATH: inject('temporalCliPath'),
    });
    return running.waitForAppUrl();
  };
  // The ports are picked free here but bound later; the Temporal dev server, started first, picks
  // ports of its own meanwhile and may take one of them: then start again on other ports.
  const appUrl = await start().catch((error: Error) => {
    if (!/Address already in use/.test(error.message)) throw error;
    return start();
  });
  await waitForReady(appUrl);
  const signIn = async () => {
    const response = await fetch(`${appUrl}/api/trpc/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-thidua-csrf': '1' },
      body: JSON.stringify({ json: { username: 'admin', password: DEMO_PASSWORD } }),
    });
    const body = (await response.json()) as { error?: { json: { message: string; data: { code: string } } } };
    return { status: response.status, code: body.error?.json.data.code, message: body.error?.json.message };
  };
  expect((await signIn()).status).toBe(200);

  const postmaster = Number(
    readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0],
  );
  process.kill(postmaster, 'SIGKILL');
  const down = await signIn();
  expect(down).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE' });
  expect(down.message).toMatch(/Cơ sở dữ liệu tạm thời không truy cập được/);

  const runtime = running as RuntimeProcess;
  await runtime.waitFor(/PostgreSQL restarted/, 120_000);
  expect(await waitForReady(appUrl)).toMatchObject({ status: 'ready' });
  expect((await signIn()).status).toBe(200);
  expect(await runtime.stop('SIGTERM')).toBe(0);
});
