import type {} from '@thidua/vitest-setup/context';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { createDb, type DbHandle } from '../src';
import { createTestDatabase, type TestDatabase } from '../src/testing';

let t: TestDatabase;
let handle: DbHandle;
const reported: Error[] = [];

beforeAll(async () => {
  t = await createTestDatabase(inject('databaseAdminUrl'), { prefix: 'thidua_lost' });
  handle = createDb(t.url, { max: 2, onError: (error) => reported.push(error) });
});

afterAll(async () => {
  await handle.close();
  await t.drop();
});

test('a connection cut inside a transaction fails that transaction only; the process and the pool go on', async () => {
  const admin = new pg.Client({ connectionString: t.url });
  await admin.connect();
  try {
    const cut = handle.db.transaction(async (tx) => {
      const { rows } = await tx.execute<{ pid: number }>(sql`select pg_backend_pid() as pid`);
      // As when PostgreSQL dies mid-step: the server ends this very connection.
      await admin.query('select pg_terminate_backend($1)', [rows[0]!.pid]);
      await tx.execute(sql`select pg_sleep(0.2)`);
    });
    await expect(cut).rejects.toThrow();
    // An error event with no listener would have ended the process (and this test run) by now.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(reported.length).toBeGreaterThan(0);
    const { rows } = await handle.db.execute<{ one: number }>(sql`select 1 as one`);
    expect(rows[0]!.one).toBe(1);
  } finally {
    await admin.end();
  }
});
