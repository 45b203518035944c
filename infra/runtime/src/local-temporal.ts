import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '@thidua/config';
import {
  assertPortFree,
  locateTemporalCli,
  locateTemporalServer,
  PRODUCTION_DYNAMIC_CONFIG,
  type RunningTemporal,
  SetupError,
  startTemporalDevServer,
  startTemporalServer,
  type TemporalServerTools,
} from '@thidua/local-services';
import { searchAttributeDefinitions } from '@thidua/workflows/search-attributes';
import type { Resource } from './lifecycle';
import { LogTail } from './log-tail';
import { repoRoot } from './paths';
import { commandLine, livePidFrom, waitForExit } from './process-utils';
import { type SupervisedChild, supervise } from './supervise';

export interface LocalTemporal {
  address: string;
  /** The dev server's web UI (Temporal server runs none). */
  uiUrl?: string | undefined;
  resource: Resource;
}

export interface LocalTemporalOptions {
  dataDir: string;
  port: number;
  uiPort: number;
  namespace: string;
  /**
   * `dev`: the CLI's dev server on its SQLite file (the default); `server`: Temporal server on the
   * embedded PostgreSQL with production's dynamic configuration (THIDUA_TEMPORAL=server).
   */
  kind: 'dev' | 'server';
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
): Promise<(adminUrl?: string) => Promise<LocalTemporal>> {
  const { logger } = options;
  const temporalDir = path.join(options.dataDir, 'temporal');
  const pidFile = path.join(temporalDir, 'server.pid');
  mkdirSync(temporalDir, { recursive: true });

  const cliPath = await locateTemporalCli({
    rootDir: repoRoot,
    allowBuild: true,
    onProgress: (line) => logger.info(line),
  });
  const tools =
    options.kind === 'server'
      ? await locateTemporalServer({
          rootDir: repoRoot,
          allowBuild: true,
          onProgress: (line) => logger.info(line),
        })
      : undefined;
  await stopLeftover(pidFile, logger);
  await assertPortFree(options.port, 'Temporal gRPC', 'THIDUA_TEMPORAL_PORT');
  if (!tools) await assertPortFree(options.uiPort, 'Temporal Web UI', 'THIDUA_TEMPORAL_UI_PORT');
  /** `adminUrl`: the PostgreSQL superuser connection Temporal server keeps its databases on. */
  return async (adminUrl?: string) => {
    const start = () =>
      tools
        ? startProductionServer(options, { tools, cliPath, adminUrl }, temporalDir, pidFile)
        : startServer(options, cliPath, temporalDir, pidFile);
    const { address, uiUrl, child } = await start();
    const resource = supervise({
      name: tools ? 'Temporal server' : 'Temporal dev server',
      first: child,
      restart: async () => (await start()).child,
      logger,
      onGiveUp: options.onGiveUp,
    });
    return { address, uiUrl, resource };
  };
}

/** A started server as the supervisor sees it; its pid is kept for a later start to stop a leftover. */
function supervised(server: RunningTemporal, pidFile: string): SupervisedChild {
  const pid = server.process.pid;
  if (pid) writeFileSync(pidFile, `${pid}\n`);
  return {
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
  };
}

/**
 * Starts a server with its output kept in a tail (printed when it fails to start) and traced; logs
 * how long the start took.
 */
async function started(
  what: string,
  logger: Logger,
  start: (onLog: (line: string) => void) => Promise<RunningTemporal>,
): Promise<RunningTemporal> {
  const tail = new LogTail();
  const began = Date.now();
  try {
    const server = await start((line) => {
      tail.push(line);
      logger.trace(line);
    });
    logger.info({ ms: Date.now() - began, address: server.address }, `${what} started`);
    return server;
  } catch (error) {
    if (error instanceof SetupError) logger.error(`${what} output:\n${tail}`);
    throw error;
  }
}

async function startProductionServer(
  options: LocalTemporalOptions,
  deps: { tools: TemporalServerTools; cliPath: string; adminUrl: string | undefined },
  temporalDir: string,
  pidFile: string,
): Promise<{ address: string; uiUrl?: string; child: SupervisedChild }> {
  const { adminUrl } = deps;
  if (!adminUrl) throw new SetupError('Temporal server needs the embedded PostgreSQL (unset DATABASE_URL).');
  const server = await started('Temporal server on PostgreSQL', options.logger, (onLog) =>
    startTemporalServer({
      tools: deps.tools,
      cliPath: deps.cliPath,
      adminUrl,
      port: options.port,
      configDir: path.join(temporalDir, 'server'),
      dynamicConfigFile: path.join(repoRoot, PRODUCTION_DYNAMIC_CONFIG),
      namespaces: [options.namespace],
      searchAttributes: searchAttributeDefinitions,
      onLog,
    }),
  );
  return { address: server.address, child: supervised(server, pidFile) };
}

async function startServer(
  options: LocalTemporalOptions,
  cliPath: string,
  temporalDir: string,
  pidFile: string,
): Promise<{ address: string; uiUrl: string; child: SupervisedChild }> {
  const server = await started('Temporal dev server', options.logger, (onLog) =>
    startTemporalDevServer({
      cliPath,
      port: options.port,
      uiPort: options.uiPort,
      dbFile: path.join(temporalDir, 'temporal.db'),
      namespaces: [options.namespace],
      searchAttributes: searchAttributeDefinitions,
      onLog,
    }),
  );
  return {
    address: server.address,
    uiUrl: server.uiUrl ?? `http://localhost:${options.uiPort}`,
    child: supervised(server, pidFile),
  };
}

/** A server whose runtime was killed outright still holds the ports (and the dev server its SQLite file). */
async function stopLeftover(pidFile: string, logger: Logger): Promise<void> {
  const pid = livePidFrom(pidFile);
  rmSync(pidFile, { force: true });
  const command = pid ? commandLine(pid) : undefined;
  if (!pid || !(command?.includes('start-dev') || command?.includes('temporal-server'))) return;
  logger.warn({ pid }, 'stopping a Temporal server left running by an earlier start');
  process.kill(pid, 'SIGTERM');
  if (!(await waitForExit(pid, 10_000))) process.kill(pid, 'SIGKILL');
  await waitForExit(pid, 5_000);
}
