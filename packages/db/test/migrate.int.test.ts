import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type {} from '@thidua/vitest-setup/context';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { isMigrated, MIGRATION_LOCK_KEY, migrateDatabase, migrationsFolder } from '../src/migrate';
import { createTestDatabase, type TestDatabase } from '../src/testing';

const adminUrl = inject('databaseAdminUrl');
const expected = readMigrationFiles({ migrationsFolder });
const created: TestDatabase[] = [];
const run = promisify(execFile);
const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));

async function emptyDatabase() {
  const t = await createTestDatabase(adminUrl, { migrate: false, max: 2 });
  created.push(t);
  return t;
}

afterAll(async () => {
  await Promise.all(created.map((t) => t.drop()));
});

describe('migrations', () => {
  test('apply from zero on a real PostgreSQL, and a second run applies nothing', async () => {
    const t = await emptyDatabase();
    expect(await isMigrated(t.db)).toBe(false);
    expect(await migrateDatabase(t.url)).toEqual({ applied: expected.length });
    expect(await isMigrated(t.db)).toBe(true);
    expect(await migrateDatabase(t.url)).toEqual({ applied: 0 });

    const tables = await t.pool.query<{ n: string }>(
      `select count(*) as n from information_schema.tables where table_schema = 'public'`,
    );
    expect(Number(tables.rows[0]?.n)).toBeGreaterThan(30);
  });

  test('concurrent runs queue on the advisory lock: all succeed, each migration is recorded once', async () => {
    const t = await emptyDatabase();
    const results = await Promise.all(Array.from({ length: 5 }, () => migrateDatabase(t.url)));
    expect(results.reduce((sum, r) => sum + r.applied, 0)).toBe(expected.length);
    expect(results.filter((r) => r.applied > 0)).toHaveLength(1);

    const rows = await t.pool.query<{ hash: string; n: string }>(
      'select hash, count(*) as n from drizzle.__drizzle_migrations group by hash',
    );
    expect(rows.rows).toHaveLength(expected.length);
    expect(rows.rows.every((r) => Number(r.n) === 1)).toBe(true);
    expect(new Set(rows.rows.map((r) => r.hash))).toEqual(new Set(expected.map((m) => m.hash)));
    expect(await isMigrated(t.db)).toBe(true);
  });

  test('a migration waits while another process holds the migration lock', async () => {
    const t = await emptyDatabase();
    const holder = await t.pool.connect();
    try {
      await holder.query('select pg_advisory_lock($1::bigint)', [MIGRATION_LOCK_KEY]);
      let finished = false;
      const running = migrateDatabase(t.url).then((r) => {
        finished = true;
        return r;
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(finished).toBe(false);
      expect(await isMigrated(t.db)).toBe(false);
      await holder.query('select pg_advisory_unlock($1::bigint)', [MIGRATION_LOCK_KEY]);
      expect(await running).toEqual({ applied: expected.length });
    } finally {
      holder.release();
    }
  });

  test('the operator CLI migrates', async () => {
    const t = await emptyDatabase();
    const cli = (command: string) =>
      run(tsx, [fileURLToPath(new URL('../src/cli.ts', import.meta.url)), command], {
        env: { ...process.env, DATABASE_URL: t.url },
      }).then((r) => JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '{}'));
    expect(await cli('migrate')).toEqual({ applied: expected.length });
    expect(await isMigrated(t.db)).toBe(true);
  });
});
