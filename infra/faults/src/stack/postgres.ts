import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type RunningPostgres, startEmbeddedPostgres } from '@thidua/local-services';
import { childPids, sleep, waitGone } from './proc';

/**
 * The embedded PostgreSQL of infra/local-services on a data folder that outlives the server, so it can
 * be SIGKILLed and started again on the same data (crash recovery replays the WAL).
 */
export class KillablePostgres {
  private running: RunningPostgres | undefined;
  private killed = false;

  constructor(
    readonly dataDir: string,
    readonly port: number,
  ) {}

  get adminUrl(): string {
    return `postgres://postgres:postgres@127.0.0.1:${this.port}/postgres`;
  }

  /** The postmaster, from the pid file it writes (the server runs as another user when we are root). */
  get pid(): number {
    return Number.parseInt(
      readFileSync(path.join(this.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0] ?? '',
      10,
    );
  }

  async start(): Promise<void> {
    this.running = await startEmbeddedPostgres({ dataDir: this.dataDir, port: this.port, persistent: true });
    this.killed = false;
  }

  /**
   * SIGKILL of the postmaster only, as a crash would leave it. Its backends notice and exit on their
   * own; a new postmaster refuses the data folder while any of them still holds the shared memory.
   */
  async kill(): Promise<void> {
    const pid = this.pid;
    const backends = childPids(pid);
    process.kill(pid, 'SIGKILL');
    this.killed = true;
    this.running = undefined;
    await waitGone([pid, ...backends]);
  }

  async restart(): Promise<void> {
    // A client's retry right after the kill may race the restart; give the port a moment to close.
    await sleep(100);
    await this.start();
  }

  async stop(): Promise<void> {
    // A killed server's handle would wait forever for an exit it already had.
    if (!this.killed) await this.running?.stop();
    this.running = undefined;
  }
}
