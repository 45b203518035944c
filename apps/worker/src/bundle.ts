import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { bundleWorkflowCode, type WorkflowBundle } from '@temporalio/worker';
import type { Logger } from '@thidua/config';
import { workflowTracingModules } from '@thidua/telemetry';
import { sharedWorkflowModules, workflowsPath } from '@thidua/workflows/paths';
import { toTemporalLogger } from './temporal-logger';

const require = createRequire(import.meta.url);
const repoRoot = path.resolve(path.dirname(workflowsPath), '../../..');

/** The workspace sources the bundle compiles (the workflow and what it imports, types included). */
const BUNDLED_SOURCES = ['packages/workflows/src', 'packages/domain/src', 'packages/activities/src'];

function addTree(hash: ReturnType<typeof createHash>, dir: string): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) addTree(hash, full);
    else if (entry.isFile())
      hash.update(path.relative(repoRoot, full)).update('\0').update(readFileSync(full));
  }
}

/**
 * What the bundle is built from: the workflow sources, the lockfile (every third-party version, the
 * SDK's included), the SDK that bundles, the interceptor modules compiled in and the modules shared
 * between cycles. Any change → new key.
 */
function bundleKey(tracingModules: string[], preloadModules: string[]): string {
  const hash = createHash('sha256');
  for (const dir of BUNDLED_SOURCES) addTree(hash, path.join(repoRoot, dir));
  hash.update(readFileSync(path.join(repoRoot, 'pnpm-lock.yaml')));
  const sdk = require('@temporalio/worker/package.json') as { version: string };
  hash.update(`sdk ${sdk.version}\0${tracingModules.join('\0')}\0preload\0${preloadModules.join('\0')}`);
  return hash.digest('hex').slice(0, 32);
}

/** Where built bundles are kept; THIDUA_CACHE_DIR moves it (e.g. a read-only image prebuilds elsewhere). */
function cacheDir(): string {
  return process.env.THIDUA_CACHE_DIR ?? path.join(repoRoot, 'node_modules', '.cache', 'thidua');
}

function readCached(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Written beside, then renamed: a reader never sees half a bundle, even with several workers starting. */
function writeCached(file: string, code: string, logger: Logger): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, code);
    renameSync(partial, file);
    // Bundles of earlier source versions are of no further use.
    for (const old of readdirSync(path.dirname(file))) {
      if (/^workflow-bundle-\w+\.js$/.test(old) && old !== path.basename(file))
        rmSync(path.join(path.dirname(file), old), { force: true });
    }
  } catch (error) {
    logger.warn({ err: error, file }, 'workflow bundle not cached (it is rebuilt at the next start)');
  }
}

/**
 * The workflow bundle, built once per source version (webpack, 5–17 s) and kept on disk, so every
 * start after the first loads it in milliseconds; every Worker created after shares it.
 */
export async function bundleCycleWorkflows(logger: Logger): Promise<WorkflowBundle> {
  const started = Date.now();
  const tracingModules = workflowTracingModules();
  const preloadModules = sharedWorkflowModules();
  const file = path.join(cacheDir(), `workflow-bundle-${bundleKey(tracingModules, preloadModules)}.js`);
  const cached = readCached(file);
  if (cached) {
    logger.info({ ms: Date.now() - started }, 'workflow bundle loaded from cache');
    return { code: cached };
  }
  const bundle = await bundleWorkflowCode({
    workflowsPath,
    workflowInterceptorModules: tracingModules,
    preloadModules,
    logger: toTemporalLogger(logger.child({}, { level: 'warn' })),
  });
  writeCached(file, bundle.code, logger);
  logger.info({ ms: Date.now() - started }, 'workflow bundle built');
  return bundle;
}
