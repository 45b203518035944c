import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { SetupError } from './errors';
import { waitForPort } from './ports';

export interface SearchAttributeDefinition {
  name: string;
  type: 'Keyword' | 'Text' | 'Int' | 'Double' | 'Bool' | 'Datetime' | 'KeywordList';
}

export interface TemporalDevServerOptions {
  cliPath: string;
  port: number;
  /** Web UI port; omit for a headless server (tests). */
  uiPort?: number;
  /** SQLite file kept across restarts; omit for an in-memory server (tests). */
  dbFile?: string;
  namespaces: string[];
  searchAttributes: readonly SearchAttributeDefinition[];
  onLog?: (line: string) => void;
}

export interface RunningTemporal {
  address: string;
  uiUrl?: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/**
 * The dev server keeps its state in one SQLite file through one connection, so every write waits for
 * the one before. SQLite's default rollback journal syncs the journal and then the database at each
 * commit; a write-ahead log syncs once (the log it appends to), as durable against a power cut
 * (synchronous stays FULL), and copies the log into the database every thousand pages.
 */
const SQLITE_PRAGMAS = ['journal_mode=wal', 'synchronous=full'] as const;

export async function startTemporalDevServer(options: TemporalDevServerOptions): Promise<RunningTemporal> {
  const args = [
    'server',
    'start-dev',
    '--ip',
    '127.0.0.1',
    '--port',
    String(options.port),
    '--log-level',
    'warn',
    // An activity scheduled by a workflow task goes back to the same worker with the task's answer
    // (a projection after every step: one trip through the matching service less).
    '--dynamic-config-value',
    'system.enableActivityEagerExecution=true',
  ];
  if (options.uiPort) args.push('--ui-port', String(options.uiPort));
  else args.push('--headless');
  if (options.dbFile) {
    mkdirSync(path.dirname(options.dbFile), { recursive: true });
    args.push('--db-filename', options.dbFile, ...SQLITE_PRAGMAS.flatMap((p) => ['--sqlite-pragma', p]));
  }
  for (const namespace of options.namespaces) args.push('--namespace', namespace);
  for (const attribute of options.searchAttributes)
    args.push('--search-attribute', `${attribute.name}=${attribute.type}`);

  const onLog = options.onLog ?? (() => {});
  const child = spawn(options.cliPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (chunk: Buffer) => onLog(chunk.toString().trimEnd()));
  child.stderr?.on('data', (chunk: Buffer) => onLog(chunk.toString().trimEnd()));
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) =>
      reject(
        new SetupError(`The Temporal dev server exited during start-up (code ${code}); see the log above.`),
      ),
    ),
  );
  exited.catch(() => {});
  await Promise.race([waitForPort(options.port, '127.0.0.1', 90_000), exited]);

  return {
    address: `127.0.0.1:${options.port}`,
    ...(options.uiPort ? { uiUrl: `http://localhost:${options.uiPort}` } : {}),
    process: child,
    stop: () => stopChild(child),
  };
}

/** SIGTERM, then SIGKILL after a grace period; resolves once the process is gone. */
export function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
