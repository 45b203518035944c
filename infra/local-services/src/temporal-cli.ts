import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { SetupError } from './errors';
import { goBinary, isExecutable, onPath } from './executables';

/** The last release that `go install` can build (later tags carry a `replace` directive). */
export const TEMPORAL_CLI_MODULE = 'github.com/temporalio/cli/cmd/temporal@v1.5.1';
const MIN_GO = [1, 25] as const;

const INSTALL_HELP =
  'The Temporal CLI was not found. Install it in one of these ways and start again: ' +
  'set TEMPORAL_CLI_PATH to an existing `temporal` binary; or `brew install temporal`; ' +
  'or `curl -sSf https://temporal.download/cli.sh | sh`; or download it from https://temporal.io/download; ' +
  `or install Go ${MIN_GO.join('.')}+ and start again (the project then builds ${TEMPORAL_CLI_MODULE} itself).`;

function goVersionOk(go: string): boolean {
  const out = execFileSync(go, ['env', 'GOVERSION'], { encoding: 'utf8' }).trim(); // e.g. go1.26.8
  const [major = 0, minor = 0] = out.replace(/^go/, '').split('.').map(Number);
  return major > MIN_GO[0] || (major === MIN_GO[0] && minor >= MIN_GO[1]);
}

export interface LocateOptions {
  /** Project root; the built binary goes to `<root>/.tools/bin/temporal`. */
  rootDir: string;
  /** Build with Go when nothing is found (minutes the first time). */
  allowBuild: boolean;
  onProgress?: (line: string) => void;
}

/** TEMPORAL_CLI_PATH, else `temporal` on PATH, else `.tools/bin/temporal` (built with Go when possible). */
export async function locateTemporalCli(options: LocateOptions): Promise<string> {
  const fromEnv = process.env.TEMPORAL_CLI_PATH;
  if (fromEnv) {
    if (!isExecutable(fromEnv))
      throw new SetupError(`TEMPORAL_CLI_PATH=${fromEnv} is not an executable file.`);
    return fromEnv;
  }
  const found = onPath('temporal');
  if (found) return found;
  const toolsBin = path.join(options.rootDir, '.tools', 'bin');
  const local = path.join(toolsBin, 'temporal');
  if (isExecutable(local)) return local;

  const go = goBinary();
  if (!options.allowBuild || !go || !goVersionOk(go)) throw new SetupError(INSTALL_HELP);
  await buildWithGo(go, toolsBin, options.onProgress ?? ((line) => process.stderr.write(`${line}\n`)));
  if (!isExecutable(local)) throw new SetupError(`Building the Temporal CLI left no binary at ${local}.`);
  return local;
}

function buildWithGo(go: string, gobin: string, onProgress: (line: string) => void): Promise<void> {
  mkdirSync(gobin, { recursive: true });
  onProgress(
    `Building the Temporal CLI (${TEMPORAL_CLI_MODULE}) into ${gobin}: this takes a few minutes once.`,
  );
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(go, ['install', '-v', TEMPORAL_CLI_MODULE], {
      env: { ...process.env, GOBIN: gobin, GOFLAGS: '-mod=mod' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let packages = 0;
    let tail = '';
    const ticker = setInterval(
      () => onProgress(`  … ${Math.round((Date.now() - started) / 1000)} s, ${packages} packages compiled`),
      15_000,
    );
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      tail = (tail + text).slice(-4000);
      packages += text.split('\n').filter((line) => line && !line.startsWith('go: downloading')).length;
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (error) => {
      clearInterval(ticker);
      reject(new SetupError(`Could not run Go to build the Temporal CLI: ${error.message}`));
    });
    child.on('close', (code) => {
      clearInterval(ticker);
      if (code === 0) {
        onProgress(`Temporal CLI built in ${Math.round((Date.now() - started) / 1000)} s.`);
        resolve();
      } else {
        reject(
          new SetupError(
            `go install ${TEMPORAL_CLI_MODULE} failed (exit ${code}):\n${tail}\n${INSTALL_HELP}`,
          ),
        );
      }
    });
  });
}
