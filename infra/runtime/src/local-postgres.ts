import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '@thidua/config';
import { ensureAppLogin, withCredentials } from '@thidua/db';
import { assertPortFree, SetupError, startEmbeddedPostgres } from '@thidua/local-services';
import pg from 'pg';
import type { Resource } from './lifecycle';
import { LogTail } from './log-tail';
import { livePidFrom } from './process-utils';
import { type SupervisedChild, supervise } from './supervise';

/** The application database inside the embedded cluster (the `postgres` database stays for admin). */
export const LOCAL_DATABASE = 'thidua';

/** The application's login on the embedded server (a member of thidua_app that owns nothing). */
export const LOCAL_APP_USER = 'thidua_app_local';

export interface LocalPostgres {
  /** The application's login (the API and the worker). */
  databaseUrl: string;
  /** The cluster's superuser on its `postgres` database (Temporal server keeps its own databases there). */
  adminUrl: string;
  /** The cluster's superuser on the application database, who owns the tables: migrations and the demo data. */
  migrationUrl: string;
  resource: Resource;
}

export interface LocalPostgresOptions {
  dataDir: string;
  port: number;
  logger: Logger;
  /** The server kept dying and is given up on (see supervise.ts). */
  onGiveUp: (reason: string) => void;
}

/** Checks the port first, so a problem stops the start before anything slow; the function starts it. */
export async function prepareLocalPostgres(
  options: LocalPostgresOptions,
): Promise<() => Promise<LocalPostgres>> {
  const { port } = options;
  const pgDir = path.join(options.dataDir, 'postgres');
  mkdirSync(options.dataDir, { recursive: true });
  // As root the server runs as the `postgres` user, which must be able to enter the data folder.
  chmodSync(options.dataDir, 0o755);

  // A server left behind by a killed run holds the port; the start below stops it first.
  if (!livePidFrom(path.join(pgDir, 'postmaster.pid'))) {
    await assertPortFree(port, 'embedded PostgreSQL', 'THIDUA_PG_PORT');
  }
  return async () => {
    const { databaseUrl, adminUrl, migrationUrl, child } = await startServer(options, pgDir);
    const resource = supervise({
      name: 'PostgreSQL',
      first: child,
      restart: async () => (await startServer(options, pgDir)).child,
      logger: options.logger,
      onGiveUp: options.onGiveUp,
    });
    return { databaseUrl, adminUrl, migrationUrl, resource };
  };
}

async function startServer(
  options: LocalPostgresOptions,
  pgDir: string,
): Promise<{ databaseUrl: string; adminUrl: string; migrationUrl: string; child: SupervisedChild }> {
  const { logger, port } = options;
  const tail = new LogTail();
  const started = Date.now();
  let server: Awaited<ReturnType<typeof startEmbeddedPostgres>>;
  try {
    server = await startEmbeddedPostgres({
      dataDir: pgDir,
      port,
      persistent: true,
      onLog: (line) => {
        tail.push(line);
        logger.trace(line);
      },
    });
  } catch (error) {
    if (error instanceof SetupError) logger.error(`PostgreSQL output:\n${tail}`);
    throw error;
  }
  const migrationUrl = await ensureDatabase(server.adminUrl, LOCAL_DATABASE);
  const password = appPassword(options.dataDir);
  await ensureAppLogin(server.adminUrl, { user: LOCAL_APP_USER, password });
  const databaseUrl = withCredentials(migrationUrl, LOCAL_APP_USER, password);
  logger.info({ ms: Date.now() - started, port, dataDir: pgDir }, 'embedded PostgreSQL started');

  return {
    databaseUrl,
    adminUrl: server.adminUrl,
    migrationUrl,
    child: {
      exited: server.exited,
      stop: () => server.stop(),
      // Immediate shutdown: no checkpoint, crash recovery at the next start; never data loss.
      kill: () => {
        const pid = livePidFrom(path.join(pgDir, 'postmaster.pid'));
        if (pid) process.kill(pid, 'SIGQUIT');
      },
    },
  };
}

async function ensureDatabase(adminUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The application login's password: generated at the first start, kept beside the cluster (mode 600). */
function appPassword(dataDir: string): string {
  const file = path.join(dataDir, 'postgres-app-password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(24).toString('base64url');
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}
