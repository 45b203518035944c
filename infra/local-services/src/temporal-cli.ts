import path from 'node:path';
import { SetupError } from './errors';
import { goBinary, isExecutable, onPath } from './executables';
import { goInstall, goVersionOk, MIN_GO_VERSION } from './go-build';

/** The last release that `go install` can build (later tags carry a `replace` directive). */
export const TEMPORAL_CLI_MODULE = 'github.com/temporalio/cli/cmd/temporal@v1.5.1';

const INSTALL_HELP =
  'The Temporal CLI was not found. Install it in one of these ways and start again: ' +
  'set TEMPORAL_CLI_PATH to an existing `temporal` binary; or `brew install temporal`; ' +
  'or `curl -sSf https://temporal.download/cli.sh | sh`; or download it from https://temporal.io/download; ' +
  `or install Go ${MIN_GO_VERSION}+ and start again (the project then builds ${TEMPORAL_CLI_MODULE} itself).`;

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
  await goInstall(
    go,
    toolsBin,
    [TEMPORAL_CLI_MODULE],
    'the Temporal CLI',
    INSTALL_HELP,
    options.onProgress ?? ((line) => process.stderr.write(`${line}\n`)),
  );
  if (!isExecutable(local)) throw new SetupError(`Building the Temporal CLI left no binary at ${local}.`);
  return local;
}
