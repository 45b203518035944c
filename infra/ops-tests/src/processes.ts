import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './go-tools';

const mainScript = path.join(repoRoot, 'infra', 'runtime', 'src', 'main.ts');
/** The developer's own settings would change what the process under test does. */
const INHERITED_OUT = /^(DATABASE_URL|TEMPORAL_|THIDUA_|OTEL_)/;

export interface RuntimeProcess {
  readonly name: string;
  readonly child: ChildProcess;
  output(): string;
  /** Resolves with the first line matching `pattern` (or its first group). */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** Resolves with the exit code (null when killed by a signal). */
  readonly exited: Promise<number | null>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * `infra/runtime/src/main.ts --role <role>` as its own process, as a container runs it. `root`: a
 * copy laid out like the image's /app to run from instead of the repository (started from
 * infra/docker, where the image's tsx is linked).
 */
export function spawnRole(
  name: string,
  role: string,
  env: Record<string, string>,
  root?: string,
): RuntimeProcess {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !INHERITED_OUT.test(key)));
  const script = root ? path.join(root, 'infra', 'runtime', 'src', 'main.ts') : mainScript;
  const child = spawn(process.execPath, ['--import', 'tsx', script, '--role', role], {
    cwd: root ? path.join(root, 'infra', 'docker') : repoRoot,
    env: { ...clean, THIDUA_LOG_FORMAT: 'json', ...env },
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
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const waitFor = (pattern: RegExp, timeoutMs = 120_000) =>
    new Promise<string>((resolve, reject) => {
      const finish = (fn: () => void) => {
        clearTimeout(timer);
        listeners.delete(check);
        fn();
      };
      const check = () => {
        const match = output.match(pattern);
        if (match) finish(() => resolve(match[1] ?? match[0]));
      };
      const timer = setTimeout(
        () =>
          finish(() =>
            reject(new Error(`${name}: no ${pattern} in ${timeoutMs} ms:\n${output.slice(-4000)}`)),
          ),
        timeoutMs,
      );
      listeners.add(check);
      exited.then((code) =>
        finish(() =>
          reject(new Error(`${name} exited (${code}) before ${pattern}:\n${output.slice(-4000)}`)),
        ),
      );
      check();
    });

  return {
    name,
    child,
    output: () => output,
    waitFor,
    exited,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const force = setTimeout(() => child.kill('SIGKILL'), 60_000);
      const code = await exited;
      clearTimeout(force);
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
      if (response.ok) return last;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${url} never answered 200; last: ${JSON.stringify(last)}`);
}
