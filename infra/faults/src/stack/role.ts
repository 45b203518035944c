import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const mainScript = fileURLToPath(new URL('../../../runtime/src/main.ts', import.meta.url));
/** The developer's own settings would change what the process under test does. */
const INHERITED_OUT = /^(DATABASE_URL|TEMPORAL_|THIDUA_|OTEL_)/;

export interface RoleOptions {
  role: 'api' | 'worker';
  env: Record<string, string>;
  /** Everything the process prints goes here (parsing it in this process would cost the load generator CPU). */
  logFile: string;
  /** Extra node flags, e.g. --cpu-prof. */
  nodeArgs?: string[];
}

const READY: Record<RoleOptions['role'], RegExp> = {
  api: /"msg":"API listening"/,
  worker: /"msg":"worker polling"/,
};

/** `infra/runtime --role api|worker` as its own process, as production runs it; killable and restartable. */
export class RoleProcess {
  private child: ChildProcess | undefined;
  private log: WriteStream | undefined;
  private exited: Promise<void> = Promise.resolve();

  /** Node flags of the next start (profiling is switched on and off between measurements). */
  nodeArgs: string[];

  constructor(readonly options: RoleOptions) {
    this.nodeArgs = options.nodeArgs ?? [];
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Resolves once the role says it serves (the API listens, the worker polls). */
  async start(timeoutMs = 180_000): Promise<void> {
    const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !INHERITED_OUT.test(key)));
    this.log ??= createWriteStream(this.options.logFile, { flags: 'a' });
    const child = spawn(
      process.execPath,
      [...this.nodeArgs, '--import', 'tsx', mainScript, '--role', this.options.role],
      {
        cwd: repoRoot,
        env: { ...clean, THIDUA_LOG_FORMAT: 'json', ...this.options.env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    let tail = '';
    let ready = false;
    const pattern = READY[this.options.role];
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => fail(`no ${pattern} within ${timeoutMs} ms`), timeoutMs);
      const fail = (why: string) => {
        clearTimeout(timer);
        reject(new Error(`${this.options.role}: ${why}\n${tail.slice(-3000)}`));
      };
      const onData = (chunk: Buffer) => {
        this.log?.write(chunk);
        if (ready) return;
        tail = (tail + chunk.toString()).slice(-8000);
        if (pattern.test(tail)) {
          ready = true;
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code, signal) => ready || fail(`exited (${code ?? signal}) while starting`));
    });
  }

  /** No shutdown, no flush: what a crash or an OOM kill leaves. */
  async kill(): Promise<void> {
    if (!this.running) return;
    this.child?.kill('SIGKILL');
    await this.exited;
  }

  /** SIGTERM: the runtime drains and exits (a --cpu-prof profile is written then). */
  async stop(graceMs = 30_000): Promise<void> {
    if (!this.running) return;
    const force = setTimeout(() => this.child?.kill('SIGKILL'), graceMs);
    this.child?.kill('SIGTERM');
    await this.exited;
    clearTimeout(force);
  }

  async close(): Promise<void> {
    await this.stop();
    await new Promise<void>((resolve) => (this.log ? this.log.end(resolve) : resolve()));
    this.log = undefined;
  }
}
