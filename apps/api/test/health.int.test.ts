import { randomUUID } from 'node:crypto';
import { createLogger } from '@thidua/config';
import { createTestDatabase, type TestDatabase } from '@thidua/db/testing';
import type {} from '@thidua/vitest-setup/context';
import { type RunningWorker, runWorker } from '@thidua/worker';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { loadApiConfig } from '../src/config';
import { type RunningApiServer, startApiServer } from '../src/server';

const logger = createLogger({ level: 'error', format: 'json' });
// A task queue of its own: no other suite's worker may make this one look ready.
const taskQueue = `health-${randomUUID()}`;

let database: TestDatabase;
let server: RunningApiServer;
let worker: RunningWorker | undefined;

beforeAll(async () => {
  database = await createTestDatabase(inject('databaseAdminUrl'), { prefix: 'thidua_health' });
  const config = loadApiConfig({
    DATABASE_URL: database.url,
    TEMPORAL_ADDRESS: inject('temporalAddress'),
    TEMPORAL_NAMESPACE: inject('temporalNamespace'),
    TEMPORAL_TASK_QUEUE: taskQueue,
    THIDUA_PORT: '1',
  });
  server = await startApiServer({ ...config, port: 0 }, { logger, serveWebApp: false });
});

afterAll(async () => {
  await worker?.stop();
  await server?.close();
  await database?.drop();
});

async function readyz() {
  const response = await fetch(`${server.url}/readyz`);
  return {
    status: response.status,
    body: (await response.json()) as { checks: Record<string, { ok: boolean }> },
  };
}

test('/healthz answers while the process is up', async () => {
  const response = await fetch(`${server.url}/healthz`);
  expect(response.status).toBe(200);
  expect(await response.json()).toMatchObject({ status: 'ok' });
});

test('system.info answers through tRPC', async () => {
  const response = await fetch(`${server.url}/api/trpc/system.info`);
  expect(response.status).toBe(200);
  const body = (await response.json()) as { result: { data: { json: { name: string } } } };
  expect(body.result.data.json.name).toBe('Thi đua');
});

test("/readyz is 503 without a worker, then 200 once workers poll the cycles' and the records' queues", async () => {
  const before = await readyz();
  expect(before.status).toBe(503);
  expect(before.body.checks).toMatchObject({
    database: { ok: true },
    temporal: { ok: true },
    worker: { ok: false },
    records: { ok: false },
  });

  worker = await runWorker(
    {
      databaseUrl: database.url,
      temporal: { address: inject('temporalAddress'), namespace: inject('temporalNamespace') },
      taskQueue,
      log: { level: 'warn' },
    },
    { logger },
  );

  const deadline = Date.now() + 30_000;
  let after = await readyz();
  while (after.status !== 200 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    after = await readyz();
  }
  expect(after.status).toBe(200);
  expect(after.body.checks).toMatchObject({
    database: { ok: true },
    temporal: { ok: true },
    worker: { ok: true },
    records: { ok: true },
  });
});

test('/readyz is 503 when the schema is not migrated', async () => {
  const bare = await createTestDatabase(inject('databaseAdminUrl'), { prefix: 'thidua_bare' });
  await bare.pool.query('drop schema drizzle cascade');
  const config = loadApiConfig({
    DATABASE_URL: bare.url,
    TEMPORAL_ADDRESS: inject('temporalAddress'),
    TEMPORAL_NAMESPACE: inject('temporalNamespace'),
    TEMPORAL_TASK_QUEUE: taskQueue,
  });
  const other = await startApiServer({ ...config, port: 0 }, { logger, serveWebApp: false });
  try {
    const response = await fetch(`${other.url}/readyz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ checks: { database: { ok: false } } });
  } finally {
    await other.close();
    await bare.drop();
  }
});
