import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { SetupError } from './errors';

const MIN_GO = [1, 25] as const;
export const MIN_GO_VERSION = MIN_GO.join('.');

/** Go is recent enough to build the Temporal modules the project pins. */
export function goVersionOk(go: string): boolean {
  const out = execFileSync(go, ['env', 'GOVERSION'], { encoding: 'utf8' }).trim(); // e.g. go1.26.8
  const [major = 0, minor = 0] = out.replace(/^go/, '').split('.').map(Number);
  return major > MIN_GO[0] || (major === MIN_GO[0] && minor >= MIN_GO[1]);
}

/**
 * `go install` of `packages` (all `module/path@version`) into `gobin`, reporting progress every 15 s;
 * rejects with the tail of Go's output and `help` when the build fails.
 */
export function goInstall(
  go: string,
  gobin: string,
  packages: readonly string[],
  what: string,
  help: string,
  onProgress: (line: string) => void,
): Promise<void> {
  mkdirSync(gobin, { recursive: true });
  onProgress(`Building ${what} (${packages.join(', ')}) into ${gobin}: this takes a few minutes once.`);
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(go, ['install', '-v', ...packages], {
      env: { ...process.env, GOBIN: gobin, GOFLAGS: '-mod=mod' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let compiled = 0;
    let tail = '';
    const ticker = setInterval(
      () => onProgress(`  … ${Math.round((Date.now() - started) / 1000)} s, ${compiled} packages compiled`),
      15_000,
    );
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      tail = (tail + text).slice(-4000);
      compiled += text.split('\n').filter((line) => line && !line.startsWith('go: downloading')).length;
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (error) => {
      clearInterval(ticker);
      reject(new SetupError(`Could not run Go to build ${what}: ${error.message}`));
    });
    child.on('close', (code) => {
      clearInterval(ticker);
      if (code === 0) {
        onProgress(`${what} built in ${Math.round((Date.now() - started) / 1000)} s.`);
        resolve();
      } else {
        reject(new SetupError(`go install ${packages.join(' ')} failed (exit ${code}):\n${tail}\n${help}`));
      }
    });
  });
}
