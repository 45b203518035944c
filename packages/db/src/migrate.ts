import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import type { DbOrTx } from './client';

/** The committed migrations of this package. */
export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

/**
 * Session-level advisory lock key for migrations (an arbitrary fixed int8: "thidua" in ASCII).
 * drizzle's migrate() takes no lock of its own; with this, API replicas booting together queue up
 * and the later ones find nothing left to apply.
 */
export const MIGRATION_LOCK_KEY = '116104105100117097';

export interface MigrateResult {
  /** Migrations applied by this call (0 when another process got there first). */
  applied: number;
}

/** Applies pending migrations under the advisory lock, on a dedicated connection. */
export async function migrateDatabase(
  url: string,
  options: { folder?: string } = {},
): Promise<MigrateResult> {
  const folder = options.folder ?? migrationsFolder;
  const client = new pg.Client({ connectionString: url, application_name: 'thidua-migrate' });
  // A connection lost mid-query rejects that query; without a listener it would also crash the process.
  client.on('error', () => {});
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1::bigint)', [MIGRATION_LOCK_KEY]);
    try {
      const before = await countApplied(client);
      await migrate(drizzle(client), { migrationsFolder: folder });
      return { applied: (await countApplied(client)) - before };
    } finally {
      await client.query('select pg_advisory_unlock($1::bigint)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}

async function countApplied(client: pg.Client): Promise<number> {
  const exists = await client.query<{ t: string | null }>(
    `select to_regclass('drizzle.__drizzle_migrations') as t`,
  );
  if (!exists.rows[0]?.t) return 0;
  const r = await client.query<{ n: string }>('select count(*) as n from drizzle.__drizzle_migrations');
  return Number(r.rows[0]?.n ?? 0);
}

/**
 * Readiness: every committed migration is applied. Compares the journal timestamps drizzle records
 * (not the file hashes, which a line-ending conversion would change).
 */
export async function isMigrated(db: DbOrTx, options: { folder?: string } = {}): Promise<boolean> {
  const expected = readMigrationFiles({ migrationsFolder: options.folder ?? migrationsFolder });
  const exists = await db.execute<{ t: string | null }>(
    sql`select to_regclass('drizzle.__drizzle_migrations') as t`,
  );
  if (!exists.rows[0]?.t) return expected.length === 0;
  const applied = await db.execute<{ created_at: string }>(
    sql`select created_at from drizzle.__drizzle_migrations`,
  );
  const done = new Set(applied.rows.map((r) => Number(r.created_at)));
  return expected.every((m) => done.has(m.folderMillis));
}
