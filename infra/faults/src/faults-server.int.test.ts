import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { createDb, type DbHandle } from '@thidua/db';
import { findTemporalServer, TEMPORAL_SERVER_VERSION } from '@thidua/local-services';
import type {} from '@thidua/vitest-setup/context';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { expectNothingLost, reported } from './expectations';
import { seededRandom } from './random';
import { runFault } from './scenario';
import { repoRoot } from './stack/role';
import { components, Stack } from './stack/stack';

// Production's topology: Temporal server on the platform's PostgreSQL with production's dynamic
// configuration. Building the server takes ~15 minutes on two cores: this file runs when its binaries
// are there already (`.tools/bin/temporal-server` and `temporal-sql-tool`, which a CI cache of `.tools`
// keeps; `npm start` with THIDUA_TEMPORAL=server or `npm run bench` builds them once).
const tools = findTemporalServer(repoRoot);
if (!tools) {
  console.log(
    `[faults] Temporal server ${TEMPORAL_SERVER_VERSION} is not built in .tools/bin: the production-topology runs are skipped`,
  );
}
const seed = Number(process.env.FAULT_SEED ?? Date.now() % 1_000_000);
let workDir: string;
let stack: Stack;
let db: DbHandle;
let connection: Connection;
let temporal: Client;

describe.skipIf(!tools)(`Temporal server ${TEMPORAL_SERVER_VERSION} on PostgreSQL`, () => {
  beforeAll(async () => {
    workDir = mkdtempSync(path.join(os.tmpdir(), 'thidua-faults-server-'));
    stack = await Stack.create({
      workDir,
      temporalCliPath: inject('temporalCliPath'),
      ...(tools ? { temporalServer: tools } : {}),
    });
    db = createDb(stack.databaseUrl, { max: 4, applicationName: 'thidua-faults' });
    await stack.startApp();
    connection = await Connection.connect({ address: stack.temporal.address });
    temporal = new Client({ connection, namespace: stack.namespace });
    console.log(`[faults] seed ${seed} (FAULT_SEED=${seed} repeats these kill moments)`);
  });

  afterAll(async () => {
    await connection?.close();
    await db?.close();
    await stack?.close();
    if (workDir && !process.env.FAULT_KEEP) rmSync(workDir, { recursive: true, force: true });
  });

  test('its history lives in PostgreSQL: the cycles run there', async () => {
    const { rows } = await db.pool.query<{ n: string }>(
      "select count(*) as n from pg_database where datname in ('temporal', 'temporal_visibility')",
    );
    expect(Number(rows[0]?.n)).toBe(2);
  });

  test.each(components.map((component, i) => [component, i] as const))(
    'a cycle through it with %s SIGKILLed mid-way: it finishes, nothing lost or written twice',
    async (component, i) => {
      const result = reported(
        await runFault({
          stack,
          db: db.db,
          temporal,
          blocs: 1,
          giveUpMs: 150_000,
          component,
          prefix: `s${i}`,
          random: seededRandom(seed + i),
        }),
      );
      expectNothingLost(result);
    },
  );
});
