import path from 'node:path';
import {
  PRODUCTION_DYNAMIC_CONFIG,
  type RunningTemporal,
  type SearchAttributeDefinition,
  startTemporalDevServer,
  startTemporalServer,
  type TemporalServerTools,
} from '@thidua/local-services';
import { repoRoot } from './role';

/** Temporal server on PostgreSQL: its tools, and where its generated configuration goes. */
export interface TemporalServerTopology {
  tools: TemporalServerTools;
  configDir: string;
  /** The superuser connection of the PostgreSQL it keeps its databases on (known once that runs). */
  adminUrl: () => string;
}

/**
 * A Temporal that keeps its state across a SIGKILL: the dev server with a SQLite file, or Temporal
 * server on PostgreSQL with production's dynamic configuration (`server`).
 */
export class KillableTemporal {
  private running: RunningTemporal | undefined;

  constructor(
    readonly options: {
      cliPath: string;
      port: number;
      /** Omitted: an in-memory dev server (faster, but a kill loses everything). */
      dbFile?: string;
      /** Set: Temporal server on PostgreSQL instead of the dev server. */
      server?: TemporalServerTopology;
      namespace: string;
      searchAttributes: readonly SearchAttributeDefinition[];
    },
  ) {}

  get address(): string {
    return `127.0.0.1:${this.options.port}`;
  }

  get pid(): number | undefined {
    return this.running?.process.pid;
  }

  async start(): Promise<void> {
    const { server } = this.options;
    this.running = server
      ? await startTemporalServer({
          tools: server.tools,
          cliPath: this.options.cliPath,
          adminUrl: server.adminUrl(),
          port: this.options.port,
          configDir: server.configDir,
          dynamicConfigFile: path.join(repoRoot, PRODUCTION_DYNAMIC_CONFIG),
          namespaces: [this.options.namespace],
          searchAttributes: this.options.searchAttributes,
        })
      : await startTemporalDevServer({
          cliPath: this.options.cliPath,
          port: this.options.port,
          ...(this.options.dbFile ? { dbFile: this.options.dbFile } : {}),
          namespaces: [this.options.namespace],
          searchAttributes: this.options.searchAttributes,
        });
  }

  async kill(): Promise<void> {
    const child = this.running?.process;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await exited;
  }

  async stop(): Promise<void> {
    await this.running?.stop();
  }
}
