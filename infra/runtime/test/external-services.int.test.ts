import { randomBytes } from 'node:crypto';
import { adminQuery } from '@thidua/db/testing';
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
const namespace = 'thidua-external';
let temporal: RunningTemporal;
const processes: RuntimeProcess[] = [];

beforeAll(async () => {
  await admin(`create database "${databaseName}"`);
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

test(`--role api and --role worker as separate processes on existing services (${where})`, async () => {
  const env = {
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporal.address,
    TEMPORAL_NAMESPACE: namespace,
  };
  const worker = spawnRuntime('worker', env);
  const api = spawnRuntime('api', { ...env, THIDUA_PORT: String(await getFreePort()) });
  processes.push(worker, api);

  const appUrl = await api.waitForAppUrl();
  expect(await waitForReady(appUrl)).toMatchObject({
    checks: { database: { ok: true }, temporal: { ok: true }, worker: { ok: true } },
  });
  expect(api.output()).not.toContain('Temporal UI');
  expect(api.output()).not.toContain('Demo sign-ins');
  await worker.waitFor(/worker polling/);

  expect(await api.stop('SIGTERM')).toBe(0);
  expect(await worker.stop('SIGTERM')).toBe(0);
});
