import { chmodSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { migrateDatabase } from '@thidua/db';
import { ensureTestAppLogin, runtimeDatabaseEnv, withDatabase } from '@thidua/db/testing';
import { getFreePort, type TemporalServerTools } from '@thidua/local-services';
import { searchAttributeDefinitions } from '@thidua/workflows/search-attributes';
import pg from 'pg';
import { KillablePostgres } from './postgres';
import { type AppRole, RoleProcess } from './role';
import { KillableTemporal } from './temporal';

export type Component = 'worker' | 'records' | 'api' | 'temporal' | 'postgres';
export const components: readonly Component[] = ['worker', 'records', 'api', 'temporal', 'postgres'];

export interface StackOptions {
  /** Data of PostgreSQL and Temporal, and the logs; must be enterable by the `postgres` user. */
  workDir: string;
  temporalCliPath: string;
  namespace?: string;
  taskQueue?: string;
  /** Log level of the API and the worker (info by default, as in production). */
  logLevel?: string;
  /** Extra node flags per role, e.g. --cpu-prof. */
  nodeArgs?: Partial<Record<AppRole, string[]>>;
  /** Keep Temporal's state in memory: faster, but a killed server cannot come back. */
  temporalInMemory?: boolean;
  /** Set: Temporal server on the same PostgreSQL (production's topology) instead of the dev server. */
  temporalServer?: TemporalServerTools;
  /** Worker processes polling the same task queue (1 by default). */
  workers?: number;
}

/**
 * The whole platform on this machine, each part its own process so each can be SIGKILLed and
 * started again: an embedded PostgreSQL and a Temporal dev server (or Temporal server on that
 * PostgreSQL), both keeping their data on disk, and the runtime's `--role api`, `--role worker` and
 * `--role records`.
 */
export class Stack {
  private constructor(
    readonly postgres: KillablePostgres,
    readonly temporal: KillableTemporal,
    readonly api: RoleProcess,
    /** The worker processes; the first is the one a fault run kills. */
    readonly workers: readonly RoleProcess[],
    /** The records worker process. */
    readonly records: RoleProcess,
    readonly databaseUrl: string,
    readonly apiUrl: string,
    readonly namespace: string,
  ) {}

  /** PostgreSQL and Temporal up, the database created and migrated; the API and workers not yet started. */
  static async create(options: StackOptions): Promise<Stack> {
    mkdirSync(options.workDir, { recursive: true });
    chmodSync(options.workDir, 0o755); // PostgreSQL runs as `postgres` when we run as root
    const [pgPort, temporalPort, apiPort] = await Promise.all([getFreePort(), getFreePort(), getFreePort()]);
    const namespace = options.namespace ?? 'thidua';
    const postgres = new KillablePostgres(path.join(options.workDir, 'postgres'), pgPort);
    const temporal = new KillableTemporal({
      cliPath: options.temporalCliPath,
      port: temporalPort,
      ...(options.temporalInMemory ? {} : { dbFile: path.join(options.workDir, 'temporal', 'temporal.db') }),
      ...(options.temporalServer
        ? {
            server: {
              tools: options.temporalServer,
              configDir: path.join(options.workDir, 'temporal'),
              adminUrl: () => postgres.adminUrl,
            },
          }
        : {}),
      namespace,
      searchAttributes: searchAttributeDefinitions,
    });
    // Temporal server keeps its state in PostgreSQL: it starts once PostgreSQL runs.
    if (options.temporalServer) await postgres.start().then(() => temporal.start());
    else await Promise.all([postgres.start(), temporal.start()]);

    const admin = new pg.Client({ connectionString: postgres.adminUrl });
    await admin.connect();
    await admin.query('create database thidua');
    await admin.end();
    const databaseUrl = withDatabase(postgres.adminUrl, 'thidua');
    await migrateDatabase(databaseUrl);
    await ensureTestAppLogin(postgres.adminUrl);

    const env = {
      // The services log in as the application's role; the stack's own checks use the owner's URL.
      ...runtimeDatabaseEnv(postgres.adminUrl, 'thidua'),
      TEMPORAL_ADDRESS: temporal.address,
      TEMPORAL_NAMESPACE: namespace,
      TEMPORAL_TASK_QUEUE: options.taskQueue ?? 'thidua-cycles',
      THIDUA_LOG_LEVEL: options.logLevel ?? 'info',
    };
    const api = new RoleProcess({
      role: 'api',
      env: {
        ...env,
        THIDUA_PORT: String(apiPort),
        THIDUA_HOST: '127.0.0.1',
        THIDUA_MIGRATE_ON_BOOT: 'false',
      },
      logFile: path.join(options.workDir, 'api.log'),
      nodeArgs: options.nodeArgs?.api,
    });
    const workers = Array.from(
      { length: Math.max(1, options.workers ?? 1) },
      (_, i) =>
        new RoleProcess({
          role: 'worker',
          env,
          logFile: path.join(options.workDir, i === 0 ? 'worker.log' : `worker-${i + 1}.log`),
          nodeArgs: options.nodeArgs?.worker,
        }),
    );
    const records = new RoleProcess({
      role: 'records',
      env,
      logFile: path.join(options.workDir, 'records.log'),
      nodeArgs: options.nodeArgs?.records,
    });
    return new Stack(
      postgres,
      temporal,
      api,
      workers,
      records,
      databaseUrl,
      `http://127.0.0.1:${apiPort}`,
      namespace,
    );
  }

  /** The first worker process (the only one unless `workers` was given). */
  get worker(): RoleProcess {
    return this.workers[0] as RoleProcess;
  }

  async startApp(): Promise<void> {
    await Promise.all([this.api.start(), this.records.start(), ...this.workers.map((w) => w.start())]);
  }

  async kill(component: Component): Promise<void> {
    await this[component].kill();
  }

  async restart(component: Component): Promise<void> {
    if (component === 'postgres') await this.postgres.restart();
    else await this[component].start();
  }

  /** Stops the API and the workers gracefully (profiles are written then), then the services. */
  async close(): Promise<void> {
    await Promise.allSettled([this.api.close(), this.records.close(), ...this.workers.map((w) => w.close())]);
    await Promise.allSettled([this.temporal.stop(), this.postgres.stop()]);
  }
}
