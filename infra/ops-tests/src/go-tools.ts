import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { goBinary, isExecutable, onPath } from '@thidua/local-services';

const run = promisify(execFile);

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const toolsBin = path.join(repoRoot, '.tools', 'bin');

/** A Go tool the checks need: found on PATH or in .tools/bin, else built there with Go. */
export interface GoTool {
  name: string;
  version: string;
  /**
   * `go install` target without the version; a folder of this repository to `go build`; or a module
   * built as its own main module (its go.mod has directives `go install` refuses).
   */
  source: { install: string } | { buildDir: string } | { module: string; package: string };
}

export const kubeconform: GoTool = {
  name: 'kubeconform',
  version: 'v0.8.0',
  source: { install: 'github.com/yannh/kubeconform/cmd/kubeconform' },
};

export const kustomize: GoTool = {
  name: 'kustomize',
  version: 'v5.8.0',
  source: { install: 'sigs.k8s.io/kustomize/kustomize/v5' },
};

/** The Docker Compose CLI plugin, which serves `docker compose config` without an engine. */
export const dockerCompose: GoTool = {
  name: 'docker-compose',
  version: 'v2.40.3',
  source: { module: 'github.com/docker/compose/v2', package: './cmd' },
};

/** BuildKit's Dockerfile parser and parse-time lint rules (`docker build --check` needs an engine). */
export const dockerfileCheck: GoTool = {
  name: 'dockerfile-check',
  version: 'v0.26.3',
  source: { buildDir: path.join(repoRoot, 'infra', 'ops-tests', 'go', 'dockerfile-check') },
};

/** Neither the tool nor Go to build it: the caller skips with this message. */
export class ToolUnavailable extends Error {
  override readonly name = 'ToolUnavailable';
}

/** Go never fetches a newer toolchain here, and modules come through the module proxy only. */
export const goEnv = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  ...process.env,
  GOTOOLCHAIN: 'local',
  GOFLAGS: '-mod=mod',
  ...extra,
});

/**
 * `<NAME>_PATH` (e.g. KUBECONFORM_PATH), else the versioned build in .tools/bin, else the tool on PATH
 * (for `go install` tools), else built into .tools/bin with Go — like the Temporal CLI.
 */
export async function locateGoTool(tool: GoTool): Promise<string> {
  const fromEnv = process.env[`${tool.name.toUpperCase().replaceAll('-', '_')}_PATH`];
  if (fromEnv) return fromEnv;
  const built = path.join(toolsBin, `${tool.name}-${tool.version}`);
  if (isExecutable(built)) return built;
  const found = 'install' in tool.source ? onPath(tool.name) : undefined;
  if (found) return found;

  const go = goBinary();
  if (!go) {
    throw new ToolUnavailable(
      `${tool.name} is not installed and Go is not available to build it: install Go (or ${tool.name}) and run again.`,
    );
  }
  mkdirSync(toolsBin, { recursive: true });
  const options = { maxBuffer: 16 * 1024 * 1024, timeout: 600_000 };
  try {
    if ('install' in tool.source) {
      const scratch = path.join(repoRoot, '.tools', 'go-bin', tool.name);
      await run(go, ['install', `${tool.source.install}@${tool.version}`], {
        ...options,
        env: goEnv({ GOBIN: scratch }),
      });
      await run('mv', [path.join(scratch, tool.name), built]);
    } else if ('module' in tool.source) {
      const { stdout } = await run(
        go,
        ['mod', 'download', '-json', `${tool.source.module}@${tool.version}`],
        {
          ...options,
          env: goEnv(),
        },
      );
      // The module cache is read-only: build from a writable copy.
      const source = path.join(repoRoot, '.tools', 'go-src', `${tool.name}-${tool.version}`);
      rmSync(source, { recursive: true, force: true });
      cpSync((JSON.parse(stdout) as { Dir: string }).Dir, source, { recursive: true });
      await run('chmod', ['-R', 'u+w', source]);
      await run(go, ['build', '-o', built, tool.source.package], { ...options, cwd: source, env: goEnv() });
      rmSync(source, { recursive: true, force: true });
    } else {
      await run(go, ['build', '-o', built, '.'], { ...options, cwd: tool.source.buildDir, env: goEnv() });
    }
  } catch (error) {
    const { stderr } = error as { stderr?: string };
    throw new Error(`building ${tool.name} ${tool.version} with Go failed: ${stderr?.slice(-2000) ?? error}`);
  }
  return built;
}
