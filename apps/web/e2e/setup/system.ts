import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getFreePort, locateTemporalCli } from '@thidua/local-services';

const rootDir = fileURLToPath(new URL('../../../..', import.meta.url));
const READY_TIMEOUT_MS = 280_000;

export interface RunningSystem {
  baseUrl: string;
  logFile: string;
  stop(): Promise<void>;
}

/**
 * The whole platform as a user meets it: `infra/runtime --role all` (embedded PostgreSQL, a Temporal
 * dev server, migrations, demo data, worker, API serving apps/web/dist) on free ports in a throw-away
 * data folder. Resolves once /readyz says every part is up.
 */
export async function startSystem(log: (line: string) => void = () => {}): Promise<RunningSystem> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'thidua-e2e-'));
  chmodSync(dataDir, 0o755); // PostgreSQL runs as `postgres` when the tests run as root
  const [port, pgPort, temporalPort, temporalUiPort] = await Promise.all([
    getFreePort(),
    getFreePort(),
    getFreePort(),
    getFreePort(),
  ]);
  const temporalCli = await locateTemporalCli({ rootDir, allowBuild: true, onProgress: log });
  const logFile = path.join(dataDir, 'runtime.log');
  const output = createWriteStream(logFile);
  const child = spawn(
    path.join(rootDir, 'node_modules', '.bin', 'tsx'),
    ['infra/runtime/src/main.ts', '--role', 'all'],
    {
      cwd: rootDir,
      detached: true, // its own process group: teardown can reach every child it started
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        THIDUA_DATA_DIR: dataDir,
        THIDUA_PORT: String(port),
        THIDUA_PG_PORT: String(pgPort),
        THIDUA_TEMPORAL_PORT: String(temporalPort),
        THIDUA_TEMPORAL_UI_PORT: String(temporalUiPort),
        TEMPORAL_CLI_PATH: temporalCli,
        THIDUA_SEED_DEMO: 'true',
        THIDUA_LOG_FORMAT: 'json',
        THIDUA_LOG_LEVEL: process.env.THIDUA_LOG_LEVEL ?? 'info',
      },
    },
  );
  child.stdout?.pipe(output);
  child.stderr?.pipe(output);
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = () => stopProcess(child).finally(() => rmSync(dataDir, { recursive: true, force: true }));
  try {
    await waitForReady(baseUrl, child, logFile);
  } catch (error) {
    await stopProcess(child);
    throw error;
  }
  log(`system ready at ${baseUrl} (log: ${logFile})`);
  return { baseUrl, logFile, stop };
}

async function waitForReady(baseUrl: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`the runtime exited (${child.exitCode}) before it was ready:\n${tail(logFile)}`);
    }
    try {
      const res = await fetch(`${baseUrl}/readyz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`the runtime was not ready within ${READY_TIMEOUT_MS / 1000} s:\n${tail(logFile)}`);
}

function tail(file: string, lines = 30): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

const alive = (pgid: number) => {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * SIGTERM to the runtime's process group: the runtime stops its worker, Temporal and PostgreSQL in
 * order. Whatever is still running after the grace period (the group holds all of them) gets SIGKILL.
 */
async function stopProcess(child: ChildProcess): Promise<void> {
  const pgid = child.pid;
  if (!pgid || !alive(pgid)) return;
  try {
    process.kill(-pgid, 'SIGTERM');
  } catch {
    return;
  }
  const deadline = Date.now() + 30_000;
  while (alive(pgid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
  if (alive(pgid)) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
  }
}
