import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { createDb, type DbHandle } from '@thidua/db';
import type {} from '@thidua/vitest-setup/context';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { seededRandom } from './random';
import { runFault } from './scenario';
import { components, Stack } from './stack/stack';

// Killing PostgreSQL or Temporal must not touch the run's shared servers: this file starts its own.
const seed = Number(process.env.FAULT_SEED ?? Date.now() % 1_000_000);
let workDir: string;
let stack: Stack;
let db: DbHandle;
let connection: Connection;
let temporal: Client;

beforeAll(async () => {
  workDir = mkdtempSync(path.join(os.tmpdir(), 'thidua-faults-'));
  stack = await Stack.create({ workDir, temporalCliPath: inject('temporalCliPath') });
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
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('a component SIGKILLed at a random moment of a cycle, then started again', () => {
  test.each(components.map((component, i) => [component, i] as const))(
    '%s: the cycle finishes, no submission, ballot or record lost or written twice',
    async (component, i) => {
      const result = await runFault({
        stack,
        db: db.db,
        temporal,
        component,
        prefix: `t${i}`,
        random: seededRandom(seed + i),
        blocs: 1,
        giveUpMs: 150_000,
      });
      console.log(
        `[faults] ${component} killed during ${result.killedDuring}: recovered in ${result.recoveryMs} ms, ` +
          `run ${result.durationMs} ms${result.alsoRestarted.length ? `, also restarted ${result.alsoRestarted}` : ''}`,
      );
      expect(result.notes).toEqual([]);
      expect({
        submissions: result.submissions,
        ballots: result.ballots,
        records: result.records,
        stepsWrittenTwice: result.stepsWrittenTwice,
      }).toMatchObject({
        submissions: { lost: 0, duplicated: 0 },
        ballots: { lost: 0, duplicated: 0 },
        records: { lost: 0, duplicated: 0 },
        stepsWrittenTwice: 0,
      });
      expect(result.records.listed).toBeGreaterThan(0);
    },
  );
});
