import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const mainScript = fileURLToPath(new URL('../../../runtime/src/main.ts', import.meta.url));
/** The developer's own settings would change what the process under test does. */
const INHERITED_OUT = /^(DATABASE_(MIGRATION_)?URL|TEMPORAL_|THIDUA_|OTEL_)/;

/** The platform's own processes, each started as `infra/runtime --role <role>`. */
export const appRoles = ['api', 'worker', 'records'] as const;
export type AppRole = (typeof appRoles)[number];

export interface RoleOptions {
  role: AppRole;
  env: Record<string, string>;
  /** Everything the process prints is appended here. */
  logFile: string;
  /** Extra node flags, e.g. --cpu-prof. */
  nodeArgs?: string[];
}

/** What a file holds past `offset` (this start's output, not the earlier ones'). */
function readFrom(file: string, offset: number): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(Math.max(0, statSync(file).size - offset));
    readSync(fd, buffer, 0, buffer.length, offset);
    return buffer.toString();
  } finally {
    closeSync(fd);
  }
}

const READY: Record<AppRole, RegExp> = {
  api: /"msg":"API listening"/,
  worker: /"msg":"worker polling"/,
  records: /"msg":"worker polling"/,
};

/** `infra/runtime --role api|worker|records` as its own process, as production runs it; killable and restartable. */
export class RoleProcess {
  private child: ChildProcess | undefined;
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
    // Output goes straight to the file: through a pipe, a busy load generator would slow the
    // writer down (its log writes would block) and the figures would show our harness, not the role.
    const offset = existsSync(this.options.logFile) ? statSync(this.options.logFile).size : 0;
    const out = openSync(this.options.logFile, 'a');
    const child = spawn(
      process.execPath,
      [...this.nodeArgs, '--import', 'tsx', mainScript, '--role', this.options.role],
      {
        cwd: repoRoot,
        env: { ...clean, THIDUA_LOG_FORMAT: 'json', ...this.options.env },
        stdio: ['ignore', out, out],
      },
    );
    closeSync(out);
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    const pattern = READY[this.options.role];
    const deadline = Date.now() + timeoutMs;
    const written = () => readFrom(this.options.logFile, offset);
    while (!pattern.test(written())) {
      if (!this.running)
        throw new Error(`${this.options.role}: exited while starting\n${written().slice(-3000)}`);
      if (Date.now() > deadline) {
        throw new Error(
          `${this.options.role}: no ${pattern} within ${timeoutMs} ms\n${written().slice(-3000)}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
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
  }
}
