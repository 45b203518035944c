import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { SetupError } from './errors';
import { goBinary, isExecutable } from './executables';
import { goInstall, goVersionOk, MIN_GO_VERSION } from './go-build';
import { getFreePort, getFreePortIn, waitForPort } from './ports';
import { type RunningTemporal, type SearchAttributeDefinition, stopChild } from './temporal-dev-server';

const run = promisify(execFile);

/** The server inside the CLI the project builds: `go install` builds it with no replace directive. */
export const TEMPORAL_SERVER_VERSION = 'v1.29.1';
const MODULE = 'go.temporal.io/server';
const PACKAGES = [
  `${MODULE}/cmd/server@${TEMPORAL_SERVER_VERSION}`,
  `${MODULE}/cmd/tools/sql@${TEMPORAL_SERVER_VERSION}`,
];
/** What `go install` names them, and the names the server's images give them. */
const BUILT = { server: 'server', sqlTool: 'sql' } as const;
const NAMES = { server: 'temporal-server', sqlTool: 'temporal-sql-tool' } as const;

/** The dynamic configuration production runs with (compose mounts it; see infra/compose.yaml). */
export const PRODUCTION_DYNAMIC_CONFIG = path.join(
  'infra',
  'docker',
  'temporal',
  'dynamicconfig',
  'production-sql.yaml',
);

export interface TemporalServerTools {
  server: string;
  sqlTool: string;
}

const HELP =
  `Temporal server ${TEMPORAL_SERVER_VERSION} was not found. Set TEMPORAL_SERVER_PATH and TEMPORAL_SQL_TOOL_PATH ` +
  `to the \`temporal-server\` and \`temporal-sql-tool\` binaries of that version, or install Go ${MIN_GO_VERSION}+ ` +
  `and start again (the project then builds ${PACKAGES.join(' and ')} itself, about 15 minutes once).`;

function toolPaths(rootDir: string): TemporalServerTools {
  const bin = path.join(rootDir, '.tools', 'bin');
  return {
    server: process.env.TEMPORAL_SERVER_PATH ?? path.join(bin, NAMES.server),
    sqlTool: process.env.TEMPORAL_SQL_TOOL_PATH ?? path.join(bin, NAMES.sqlTool),
  };
}

/** The server and its SQL tool when both are there already (no build): a test runs only then. */
export function findTemporalServer(rootDir: string): TemporalServerTools | undefined {
  const tools = toolPaths(rootDir);
  return isExecutable(tools.server) && isExecutable(tools.sqlTool) ? tools : undefined;
}

/**
 * TEMPORAL_SERVER_PATH and TEMPORAL_SQL_TOOL_PATH, else `.tools/bin/temporal-server` and
 * `.tools/bin/temporal-sql-tool`, built with Go when allowed (a cold build takes ~15 minutes on two cores).
 */
export async function locateTemporalServer(options: {
  rootDir: string;
  allowBuild: boolean;
  onProgress?: (line: string) => void;
}): Promise<TemporalServerTools> {
  const found = findTemporalServer(options.rootDir);
  if (found) return found;
  const go = goBinary();
  if (process.env.TEMPORAL_SERVER_PATH || !options.allowBuild || !go || !goVersionOk(go)) {
    throw new SetupError(HELP);
  }
  const bin = path.join(options.rootDir, '.tools', 'bin');
  const onProgress = options.onProgress ?? ((line: string) => process.stderr.write(`${line}\n`));
  await goInstall(go, bin, PACKAGES, `Temporal server ${TEMPORAL_SERVER_VERSION}`, HELP, onProgress);
  for (const key of ['server', 'sqlTool'] as const) {
    const built = path.join(bin, BUILT[key]);
    if (existsSync(built)) renameSync(built, path.join(bin, NAMES[key]));
  }
  const tools = findTemporalServer(options.rootDir);
  if (!tools) throw new SetupError(`Building Temporal server left no binaries in ${bin}.`);
  return tools;
}

interface PgTarget {
  host: string;
  port: number;
  user: string;
  password: string;
}

function pgTarget(adminUrl: string): PgTarget {
  const url = new URL(adminUrl);
  return {
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
  };
}

/** Temporal's two databases and the schema of each (the tool carries the versioned schema files). */
const DATABASES = [
  { database: 'temporal', schema: 'postgresql/v12/temporal' },
  { database: 'temporal_visibility', schema: 'postgresql/v12/visibility' },
] as const;

/**
 * Creates Temporal's databases when missing and brings them to this server version's schema, as the
 * production schema job does (infra/docker/temporal/setup-schema.sh). Safe to repeat.
 */
export async function setupTemporalSchemas(tools: TemporalServerTools, adminUrl: string): Promise<void> {
  const target = pgTarget(adminUrl);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    for (const { database } of DATABASES) {
      const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [database]);
      if (!rowCount) await client.query(`create database "${database}"`);
    }
  } finally {
    await client.end();
  }
  const base = ['--plugin', 'postgres12', '--ep', target.host, '-p', String(target.port)];
  const auth = ['-u', target.user, '--pw', target.password];
  for (const { database, schema } of DATABASES) {
    const args = [...base, ...auth, '--db', database];
    try {
      await run(tools.sqlTool, [...args, 'setup-schema', '-v', '0.0']);
      await run(tools.sqlTool, [...args, 'update-schema', '--schema-name', schema]);
    } catch (error) {
      const { stderr, stdout, message } = error as { stderr?: string; stdout?: string; message: string };
      throw new SetupError(
        `Temporal's schema could not be set up in "${database}": ${(stderr || stdout || message).slice(-2000)}`,
      );
    }
  }
}

export interface TemporalServerOptions {
  tools: TemporalServerTools;
  /** The Temporal CLI, to register namespaces and search attributes (`temporal operator …`). */
  cliPath: string;
  /** Superuser connection of the PostgreSQL that holds Temporal's databases. */
  adminUrl: string;
  /** The frontend's gRPC port (the address clients use). */
  port: number;
  /** Where the generated server configuration goes. */
  configDir: string;
  /** The dynamic configuration file (production's, see PRODUCTION_DYNAMIC_CONFIG). */
  dynamicConfigFile: string;
  namespaces: string[];
  searchAttributes: readonly SearchAttributeDefinition[];
  onLog?: (line: string) => void;
}

/**
 * The services' own ports besides the frontend's: free ones, so several servers can run side by side.
 * Membership ports go in a smallint column of Temporal's schema: below the OS's ephemeral range.
 */
async function servicePorts() {
  const next = () => getFreePort();
  const membership = () => getFreePortIn(20_000, 32_768);
  return {
    frontendMembership: await membership(),
    frontendHttp: await next(),
    history: await next(),
    historyMembership: await membership(),
    matching: await next(),
    matchingMembership: await membership(),
    worker: await next(),
    workerMembership: await membership(),
  };
}

function serverConfig(
  options: TemporalServerOptions,
  ports: Awaited<ReturnType<typeof servicePorts>>,
): string {
  const t = pgTarget(options.adminUrl);
  const store = (database: string, maxConns: number) => `
      sql:
        pluginName: postgres12
        databaseName: ${database}
        connectAddr: "${t.host}:${t.port}"
        connectProtocol: tcp
        user: ${JSON.stringify(t.user)}
        password: ${JSON.stringify(t.password)}
        maxConns: ${maxConns}
        maxIdleConns: ${maxConns}
        maxConnLifetime: 1h`;
  const service = (grpc: number, membership: number, extra = '') => `
    rpc:
      grpcPort: ${grpc}
      membershipPort: ${membership}
      bindOnLocalHost: true${extra}`;
  // The stores' pool sizes are those of the Kubernetes values (infra/k8s/overlays/self-hosted).
  return `log:
  stdout: true
  level: warn
persistence:
  defaultStore: default
  visibilityStore: visibility
  numHistoryShards: 4
  datastores:
    default:${store('temporal', 20)}
    visibility:${store('temporal_visibility', 10)}
global:
  membership:
    maxJoinDuration: 30s
    broadcastAddress: 127.0.0.1
services:
  frontend:${service(options.port, ports.frontendMembership, `\n      httpPort: ${ports.frontendHttp}`)}
  history:${service(ports.history, ports.historyMembership)}
  matching:${service(ports.matching, ports.matchingMembership)}
  worker:${service(ports.worker, ports.workerMembership)}
clusterMetadata:
  enableGlobalNamespace: false
  failoverVersionIncrement: 10
  masterClusterName: active
  currentClusterName: active
  clusterInformation:
    active:
      enabled: true
      initialFailoverVersion: 1
      rpcName: frontend
      rpcAddress: 127.0.0.1:${options.port}
dcRedirectionPolicy:
  policy: noop
dynamicConfigClient:
  filepath: ${JSON.stringify(path.resolve(options.dynamicConfigFile))}
  pollInterval: 10s
`;
}

const ENV = 'thidua';

async function startProcess(options: TemporalServerOptions): Promise<RunningTemporal> {
  const ports = await servicePorts();
  mkdirSync(options.configDir, { recursive: true });
  writeFileSync(path.join(options.configDir, `${ENV}.yaml`), serverConfig(options, ports));
  const onLog = options.onLog ?? (() => {});
  const child = spawn(
    options.tools.server,
    ['--root', options.configDir, '--config', '.', '--env', ENV, '--allow-no-auth', 'start'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout?.on('data', (chunk: Buffer) => onLog(chunk.toString().trimEnd()));
  child.stderr?.on('data', (chunk: Buffer) => onLog(chunk.toString().trimEnd()));
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) =>
      reject(new SetupError(`Temporal server exited during start-up (code ${code}); see the log above.`)),
    ),
  );
  exited.catch(() => {});
  await Promise.race([waitForPort(options.port, '127.0.0.1', 120_000), exited]);
  return { address: `127.0.0.1:${options.port}`, process: child, stop: () => stopChild(child, 20_000) };
}

/** `temporal operator …` against the server, retried while its services finish joining. */
async function operator(options: TemporalServerOptions, args: string[]): Promise<string> {
  const address = `127.0.0.1:${options.port}`;
  let last = '';
  for (let attempt = 0; attempt < 60; attempt++) {
    try {
      const { stdout } = await run(options.cliPath, ['operator', ...args, '--address', address]);
      return stdout;
    } catch (error) {
      last = (error as { stderr?: string }).stderr ?? (error as Error).message;
      if (/already (exists|registered)/i.test(last)) return '';
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
  throw new SetupError(`temporal operator ${args.join(' ')} failed: ${last.slice(-1000)}`);
}

/** Registers the namespaces and search attributes; true when something was new. */
async function register(options: TemporalServerOptions): Promise<boolean> {
  let added = false;
  for (const namespace of options.namespaces) {
    const known = await operator(options, ['namespace', 'list', '-o', 'json']);
    if (!known.includes(`"${namespace}"`)) {
      await operator(options, ['namespace', 'create', '--namespace', namespace, '--retention', '720h']);
      added = true;
    }
    const attributes = await operator(options, ['search-attribute', 'list', '--namespace', namespace]);
    for (const a of options.searchAttributes) {
      if (attributes.includes(a.name)) continue;
      await operator(options, [
        'search-attribute',
        'create',
        '--namespace',
        namespace,
        '--name',
        a.name,
        '--type',
        a.type,
      ]);
      added = true;
    }
  }
  return added;
}

/**
 * Temporal server on PostgreSQL as production runs it: its schemas set up, its services in one
 * process with production's dynamic configuration, the namespaces and search attributes registered.
 * Production's configuration leaves search attributes to the server's cache refresh (about a minute):
 * when some were just added, the server is started once more, so they are usable at once.
 */
export async function startTemporalServer(options: TemporalServerOptions): Promise<RunningTemporal> {
  await setupTemporalSchemas(options.tools, options.adminUrl);
  const first = await startProcess(options);
  let added: boolean;
  try {
    added = await register(options);
  } catch (error) {
    await first.stop();
    throw error;
  }
  if (!added) return first;
  await first.stop();
  return startProcess(options);
}
