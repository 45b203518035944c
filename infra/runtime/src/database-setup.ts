import type { Logger } from '@thidua/config';
import {
  assertApplicationRole,
  createDb,
  findUserByUsername,
  migrateDatabase,
  seedDemoData,
} from '@thidua/db';
import { provinces } from '@thidua/db/schema';
import { SetupError } from '@thidua/local-services';
import pg from 'pg';

/** The URL without its password, for messages. */
function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable URL)';
  }
}

/** Fails fast, in one line, when the server is unreachable or refuses us. */
async function assertReachable(url: string, variable: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    await client.query('select 1');
  } catch (error) {
    throw new SetupError(
      `Cannot reach PostgreSQL at ${redactUrl(url)} (${variable}): ${(error as Error).message}.`,
    );
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Refuses to start the API or the worker on a login that is a superuser or owns the tables: it could
 * disable the append-only triggers, truncate or rewrite history.
 */
export async function assertApplicationDatabase(url: string): Promise<void> {
  await assertReachable(url, 'DATABASE_URL');
  try {
    await assertApplicationRole(url, 'DATABASE_URL');
  } catch (error) {
    throw new SetupError((error as Error).message);
  }
}

export interface PrepareDatabaseOptions {
  /** The owner's login (DATABASE_MIGRATION_URL, or the embedded cluster's superuser). */
  url: string;
  migrate: boolean;
  seedDemo: boolean;
  /** Demo accounts must change the public demo password at first sign-in. */
  demoPasswordsMustChange: boolean;
  /** The username of an admin account to create (`--create-admin`). */
  createAdmin?: string | undefined;
  logger: Logger;
}

export interface CreatedAdmin {
  username: string;
  temporaryPassword: string;
}

/**
 * Boot-time schema and data: migrations under the db package's advisory lock, then demo data once,
 * then the admin account asked for (its one-time password is returned, to be shown once).
 */
export async function prepareDatabase(options: PrepareDatabaseOptions): Promise<CreatedAdmin | undefined> {
  const { url, logger } = options;
  await assertReachable(url, 'DATABASE_MIGRATION_URL');
  if (options.migrate) {
    const started = Date.now();
    const { applied } = await migrateDatabase(url);
    logger.info(
      { applied, ms: Date.now() - started },
      applied ? 'migrations applied' : 'database schema up to date',
    );
  }
  if (options.seedDemo) {
    const handle = createDb(url, { max: 2, applicationName: 'thidua-seed' });
    try {
      const started = Date.now();
      // seedDemoData hashes every demo password before it looks; a warm start need not pay for that.
      const [existing] = await handle.db.select({ id: provinces.id }).from(provinces).limit(1);
      const { seeded } = existing
        ? { seeded: false }
        : await seedDemoData(handle.db, { mustChangePassword: options.demoPasswordsMustChange });
      logger.info({ ms: Date.now() - started }, seeded ? 'demo data loaded' : 'demo data already present');
    } finally {
      await handle.close();
    }
  }
  if (options.createAdmin) return createAdmin(url, options.createAdmin, logger);
  return undefined;
}

async function createAdmin(url: string, username: string, logger: Logger): Promise<CreatedAdmin> {
  const handle = createDb(url, { max: 2, applicationName: 'thidua-create-admin' });
  try {
    if (await findUserByUsername(handle.db, username)) {
      throw new SetupError(
        `Account "${username}" already exists: --create-admin creates a new account and never resets a password (an admin resets passwords under Quản trị → Tài khoản).`,
      );
    }
    // Loaded here only: a worker process sets up its database without the API's code.
    const { createAdminAccount } = await import('@thidua/api-server');
    const created = await createAdminAccount(handle.db, { username });
    logger.info({ username: created.username }, 'admin account created');
    return created;
  } finally {
    await handle.close();
  }
}
