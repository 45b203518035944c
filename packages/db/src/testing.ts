import { createHash, randomBytes } from 'node:crypto';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import type pg from 'pg';
import { ensureAppLogin, withClient, withCredentials } from './app-role';
import { createDb, type Db } from './client';
import { migrateDatabase, migrationsFolder } from './migrate';

export interface TestDatabase {
  /** Connection string of the new database, as the server's admin (the owner of its tables). */
  url: string;
  /** The same database as the application logs in: a member of thidua_app that owns nothing. */
  appUrl: string;
  db: Db;
  /** A pool logged in as `appUrl`: what the API and the worker may do, and no more. */
  appDb: Db;
  pool: pg.Pool;
  /** Closes the pool and drops the database (FORCE: leftover connections are cut). */
  drop(): Promise<void>;
}

/** `url` with another database name (keeps user, password, host, port and parameters). */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

function withAdmin<T>(adminUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  return withClient(adminUrl, 'thidua-testing', fn);
}

/** Runs one statement on the server of `adminUrl`: a database created or dropped for a test. */
export async function adminQuery(adminUrl: string, text: string): Promise<void> {
  await withAdmin(adminUrl, (admin) => admin.query(text));
}

/** Serialises template builds and clones across test workers (a session lock on the admin database). */
const TEMPLATE_LOCK_KEY = '116104105100117116';

/** The login role the tests' application side uses (one per server, like every role). */
const TEST_APP_LOGIN = { user: 'thidua_app_test', password: 'thidua-app-test' };

/** The template's name changes with the migrations, so an edited migration never reuses a stale one. */
function templateName(): string {
  const hash = createHash('sha256');
  for (const m of readMigrationFiles({ migrationsFolder })) hash.update(`${m.folderMillis}:${m.hash};`);
  return `thidua_tpl_${hash.digest('hex').slice(0, 16)}`;
}

/**
 * Creates `name` as a copy of a migrated template database, building the template once per server
 * and migration set (build under a temporary name, then rename: a killed build leaves no
 * half-migrated template). Copying a template is much faster than running the migrations.
 */
async function cloneMigrated(adminUrl: string, name: string): Promise<void> {
  const template = templateName();
  await underTemplateLock(adminUrl, async (admin) => {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [template]);
    if (exists.rowCount === 0) {
      const building = `${template}_building`;
      await admin.query(`drop database if exists "${building}" with (force)`);
      await admin.query(`create database "${building}"`);
      await migrateDatabase(withDatabase(adminUrl, building));
      await admin.query(`alter database "${building}" rename to "${template}"`);
    }
    await admin.query(`create database "${name}" template "${template}"`);
  });
}

/** Roles and templates are shared by the whole server: test workers change them one at a time. */
async function underTemplateLock(adminUrl: string, fn: (admin: pg.Client) => Promise<void>): Promise<void> {
  await withAdmin(adminUrl, async (admin) => {
    await admin.query('select pg_advisory_lock($1::bigint)', [TEMPLATE_LOCK_KEY]);
    try {
      await fn(admin);
      await ensureAppLogin(adminUrl, TEST_APP_LOGIN);
    } finally {
      await admin.query('select pg_advisory_unlock($1::bigint)', [TEMPLATE_LOCK_KEY]);
    }
  });
}

/** Creates the tests' application login on the server of `adminUrl` (once per server is enough). */
export async function ensureTestAppLogin(adminUrl: string): Promise<void> {
  await underTemplateLock(adminUrl, async () => {});
}

/**
 * The runtime's database settings for `database` on the test server: the application's login (the
 * tests' member of thidua_app, see `ensureTestAppLogin`) and the owner's for the migrations.
 */
export function runtimeDatabaseEnv(
  adminUrl: string,
  database: string,
): { DATABASE_URL: string; DATABASE_MIGRATION_URL: string } {
  const owner = withDatabase(adminUrl, database);
  return {
    DATABASE_URL: withCredentials(owner, TEST_APP_LOGIN.user, TEST_APP_LOGIN.password),
    DATABASE_MIGRATION_URL: owner,
  };
}

/**
 * A fresh, uniquely named, migrated database on the server of `adminUrl` (a superuser or a role
 * with CREATEDB). Each test file gets its own, so files run in parallel without sharing state.
 * `migrate: false` leaves it empty (for migration tests).
 */
export async function createTestDatabase(
  adminUrl: string,
  options: { prefix?: string; max?: number; migrate?: boolean } = {},
): Promise<TestDatabase> {
  const name = `${options.prefix ?? 'thidua_test'}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`invalid test database name: ${name}`);
  if (options.migrate === false) {
    await underTemplateLock(adminUrl, async (admin) => {
      await admin.query(`create database "${name}"`);
    });
  } else {
    await cloneMigrated(adminUrl, name);
  }
  const url = withDatabase(adminUrl, name);
  const { db, pool, close } = createDb(url, { max: options.max ?? 10, applicationName: 'thidua-test' });
  const appUrl = withCredentials(url, TEST_APP_LOGIN.user, TEST_APP_LOGIN.password);
  const app = createDb(appUrl, { max: options.max ?? 10, applicationName: 'thidua-test-app' });
  return {
    url,
    appUrl,
    db,
    appDb: app.db,
    pool,
    async drop() {
      await Promise.all([close(), app.close()]);
      await withAdmin(adminUrl, (admin) => admin.query(`drop database if exists "${name}" with (force)`));
    },
  };
}
