import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** Variables of the developer's shell that would change what the runtime under test does. */
const INHERITED_OUT = /^(DATABASE_(MIGRATION_)?URL|TEMPORAL_|THIDUA_|OTEL_)/;

export interface RuntimeProcess {
  readonly name: string;
  readonly child: ChildProcess;
  /** Everything printed so far (stdout and stderr), for assertion messages. */
  output(): string;
  /** Resolves with the first output matching `pattern` (or its first group). */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** Resolves with the app URL of the banner (`App: http://…`). */
  waitForAppUrl(timeoutMs?: number): Promise<string>;
  /** Resolves with the exit code (null when killed by a signal), once the output is drained. */
  readonly exited: Promise<number | null>;
  /** Sends `signal` and resolves with the exit code. */
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<number | null>;
}

/**
 * Starts `infra/runtime/src/main.ts --role <role> [args]` as production would, with only `env` set. `root`:
 * a copy laid out like the image's /app to run from instead of the repository (started from
 * infra/docker, where the image's tsx is linked). `name` tells the processes apart in messages.
 */
export function spawnRuntime(
  role: string,
  env: Record<string, string>,
  options: { name?: string; root?: string; args?: string[] } = {},
): RuntimeProcess {
  const name = options.name ?? role;
  const root = options.root ?? repoRoot;
  const cleanEnv = Object.fromEntries(
    Object.entries(process.env).filter(([variable]) => !INHERITED_OUT.test(variable)),
  );
  const script = path.join(root, 'infra', 'runtime', 'src', 'main.ts');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', script, '--role', role, ...(options.args ?? [])],
    {
      cwd: options.root ? path.join(options.root, 'infra', 'docker') : repoRoot,
      env: { ...cleanEnv, THIDUA_LOG_FORMAT: 'json', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  // 'close', not 'exit': by then stdout and stderr are drained, so the output is complete.
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));

  const waitFor = (pattern: RegExp, timeoutMs = 150_000) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const match = output.match(pattern);
        if (match) {
          done();
          resolve(match[1] ?? match[0]);
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`${name}: no ${pattern} within ${timeoutMs} ms; output:\n${output.slice(-6000)}`));
      }, timeoutMs);
      const onExit = () => {
        done();
        reject(
          new Error(
            `${name} exited (code ${child.exitCode}) before ${pattern}; output:\n${output.slice(-6000)}`,
          ),
        );
      };
      const done = () => {
        clearTimeout(timer);
        listeners.delete(check);
        child.off('close', onExit);
      };
      listeners.add(check);
      child.once('close', onExit);
      check();
    });

  return {
    name,
    child,
    output: () => output,
    waitFor,
    waitForAppUrl: (timeoutMs) => waitFor(/App:\s+(http:\/\/\S+)/, timeoutMs),
    exited,
    async stop(signal = 'SIGTERM', timeoutMs = 60_000) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

/** Polls `url` until it answers 200; returns the JSON body. */
export async function waitForJson(url: string, timeoutMs = 90_000): Promise<unknown> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      last = await response.json();
      if (response.status === 200) return last;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${url} never answered 200; last answer: ${JSON.stringify(last)}`);
}

export const waitForReady = (appUrl: string, timeoutMs?: number) =>
  waitForJson(`${appUrl}/readyz`, timeoutMs);

interface ProcInfo {
  pid: number;
  ppid: number;
  /** R, S, D, Z (zombie: already dead, waiting to be reaped)… */
  state: string;
  cmdline: string;
}

function processes(): ProcInfo[] {
  const list: ProcInfo[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const [state = '?', ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ').trim();
      list.push({ pid: Number(entry), ppid: Number(ppid), state, cmdline });
    } catch {
      // exited while we looked
    }
  }
  return list;
}

/** `pid` and all its descendants (Linux /proc). */
export function processTree(pid: number): ProcInfo[] {
  const all = processes();
  const tree: ProcInfo[] = [];
  const queue = [pid];
  while (queue.length) {
    const current = queue.shift()!;
    for (const info of all) {
      if (info.pid === current) tree.push(info);
      if (info.ppid === current) queue.push(info.pid);
    }
  }
  return tree;
}

/**
 * Processes still alive among `pids`, plus any whose command line mentions `marker`, once those that
 * were merely finishing their exit have had a few seconds.
 */
export async function survivors(pids: number[], marker: string): Promise<ProcInfo[]> {
  const alive = () =>
    processes().filter(
      (info) => info.state !== 'Z' && (pids.includes(info.pid) || info.cmdline.includes(marker)),
    );
  const deadline = Date.now() + 5_000;
  while (alive().length > 0 && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 200));
  return alive();
}
