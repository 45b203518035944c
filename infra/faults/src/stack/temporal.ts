import {
  type RunningTemporal,
  type SearchAttributeDefinition,
  startTemporalDevServer,
} from '@thidua/local-services';

/** A Temporal dev server whose state lives in a SQLite file, so a SIGKILLed server restarts where it was. */
export class KillableTemporal {
  private running: RunningTemporal | undefined;

  constructor(
    readonly options: {
      cliPath: string;
      port: number;
      /** Omitted: an in-memory server (faster, but a kill loses everything). */
      dbFile?: string;
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
    this.running = await startTemporalDevServer({
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
