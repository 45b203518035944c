import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const mainScript = path.join(repoRoot, 'infra', 'runtime', 'src', 'main.ts');

/** Variables of the developer's shell that would change what the runtime under test does. */
const INHERITED_OUT = /^(DATABASE_URL|TEMPORAL_|THIDUA_)/;

export interface RuntimeProcess {
  child: ChildProcess;
  /** Everything printed so far (stdout and stderr), for assertion messages. */
  output(): string;
  /** Resolves with the app URL of the banner (`App: http://…`). */
  waitForAppUrl(timeoutMs?: number): Promise<string>;
  /** Resolves with the log line matching `pattern`. */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** Sends `signal` and resolves with the exit code. */
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<number | null>;
  /** Resolves with the exit code of a run that ends by itself (killed after `timeoutMs`). */
  exited(timeoutMs?: number): Promise<number | null>;
}

/** Starts `infra/runtime/src/main.ts --role <role> [args]` as production would, with only `env` set. */
export function spawnRuntime(role: string, env: Record<string, string>, args: string[] = []): RuntimeProcess {
  const cleanEnv = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !INHERITED_OUT.test(name)),
  );
  const child = spawn(process.execPath, ['--import', 'tsx', mainScript, '--role', role, ...args], {
    cwd: repoRoot,
    env: { ...cleanEnv, THIDUA_LOG_FORMAT: 'json', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
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

  const waitForOutput = (pattern: RegExp, timeoutMs = 150_000) =>
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
        reject(new Error(`no ${pattern} within ${timeoutMs} ms; output:\n${output.slice(-6000)}`));
      }, timeoutMs);
      const onExit = () => {
        done();
        reject(
          new Error(
            `the runtime exited (code ${child.exitCode}) before ${pattern}; output:\n${output.slice(-6000)}`,
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
    child,
    output: () => output,
    waitForOutput,
    waitForAppUrl: (timeoutMs) => waitForOutput(/App:\s+(http:\/\/\S+)/, timeoutMs),
    async exited(timeoutMs = 120_000) {
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
    async stop(signal = 'SIGTERM', timeoutMs = 60_000) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

export async function waitForReady(appUrl: string, timeoutMs = 90_000): Promise<unknown> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${appUrl}/readyz`);
      last = await response.json();
      if (response.status === 200) return last;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${appUrl}/readyz never turned 200; last answer: ${JSON.stringify(last)}`);
}

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
