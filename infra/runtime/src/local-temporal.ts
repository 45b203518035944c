import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '@thidua/config';
import {
  assertPortFree,
  locateTemporalCli,
  SetupError,
  startTemporalDevServer,
} from '@thidua/local-services';
import { searchAttributeDefinitions } from '@thidua/workflows/search-attributes';
import type { Resource } from './lifecycle';
import { LogTail } from './log-tail';
import { repoRoot } from './paths';
import { commandLine, livePidFrom, waitForExit } from './process-utils';
import { type SupervisedChild, supervise } from './supervise';

export interface LocalTemporal {
  address: string;
  uiUrl: string;
  resource: Resource;
}

export interface LocalTemporalOptions {
  dataDir: string;
  port: number;
  uiPort: number;
  namespace: string;
  logger: Logger;
  /** The server kept dying and is given up on (see supervise.ts). */
  onGiveUp: (reason: string) => void;
}

/**
 * The quick checks first (CLI found or built, leftover server stopped, ports free), so a problem stops
 * the start before anything slow begins; the returned function starts the server.
 */
export async function prepareLocalTemporal(
  options: LocalTemporalOptions,
): Promise<() => Promise<LocalTemporal>> {
  const { logger } = options;
  const temporalDir = path.join(options.dataDir, 'temporal');
  const pidFile = path.join(temporalDir, 'server.pid');
  mkdirSync(temporalDir, { recursive: true });

  const cliPath = await locateTemporalCli({
    rootDir: repoRoot,
    allowBuild: true,
    onProgress: (line) => logger.info(line),
  });
  await stopLeftover(pidFile, logger);
  await assertPortFree(options.port, 'Temporal gRPC', 'THIDUA_TEMPORAL_PORT');
  await assertPortFree(options.uiPort, 'Temporal Web UI', 'THIDUA_TEMPORAL_UI_PORT');
  return async () => {
    const { address, uiUrl, child } = await startServer(options, cliPath, temporalDir, pidFile);
    const resource = supervise({
      name: 'Temporal dev server',
      first: child,
      restart: async () => (await startServer(options, cliPath, temporalDir, pidFile)).child,
      logger,
      onGiveUp: options.onGiveUp,
    });
    return { address, uiUrl, resource };
  };
}

async function startServer(
  options: LocalTemporalOptions,
  cliPath: string,
  temporalDir: string,
  pidFile: string,
): Promise<{ address: string; uiUrl: string; child: SupervisedChild }> {
  const { logger } = options;
  const tail = new LogTail();
  const started = Date.now();
  let server: Awaited<ReturnType<typeof startTemporalDevServer>>;
  try {
    server = await startTemporalDevServer({
      cliPath,
      port: options.port,
      uiPort: options.uiPort,
      dbFile: path.join(temporalDir, 'temporal.db'),
      namespaces: [options.namespace],
      searchAttributes: searchAttributeDefinitions,
      onLog: (line) => {
        tail.push(line);
        logger.trace(line);
      },
    });
  } catch (error) {
    if (error instanceof SetupError) logger.error(`Temporal dev server output:\n${tail}`);
    throw error;
  }
  const pid = server.process.pid;
  if (pid) writeFileSync(pidFile, `${pid}\n`);
  logger.info({ ms: Date.now() - started, address: server.address }, 'Temporal dev server started');

  return {
    address: server.address,
    uiUrl: server.uiUrl ?? `http://localhost:${options.uiPort}`,
    child: {
      exited: new Promise<void>((resolve) => {
        const child = server.process;
        if (child.exitCode !== null || child.signalCode !== null) resolve();
        else child.once('exit', () => resolve());
      }),
      stop: async () => {
        await server.stop();
        rmSync(pidFile, { force: true });
      },
      kill: () => server.process.kill('SIGKILL'),
    },
  };
}

/** A dev server whose runtime was killed outright still holds the ports and the SQLite file. */
async function stopLeftover(pidFile: string, logger: Logger): Promise<void> {
  const pid = livePidFrom(pidFile);
  rmSync(pidFile, { force: true });
  if (!pid || !commandLine(pid)?.includes('start-dev')) return;
  logger.warn({ pid }, 'stopping a Temporal dev server left running by an earlier start');
  process.kill(pid, 'SIGTERM');
  if (!(await waitForExit(pid, 10_000))) process.kill(pid, 'SIGKILL');
  await waitForExit(pid, 5_000);
}
