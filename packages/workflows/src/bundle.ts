import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Logger } from '@temporalio/common';
import { bundleWorkflowCode, type WorkflowBundle } from '@temporalio/worker';
import { sharedWorkflowModules, workflowsPath } from './paths';

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
function bundleKey(interceptorModules: string[], preloadModules: string[]): string {
  const hash = createHash('sha256');
  for (const dir of BUNDLED_SOURCES) addTree(hash, path.join(repoRoot, dir));
  hash.update(readFileSync(path.join(repoRoot, 'pnpm-lock.yaml')));
  const sdk = require('@temporalio/worker/package.json') as { version: string };
  hash.update(`sdk ${sdk.version}\0${interceptorModules.join('\0')}\0preload\0${preloadModules.join('\0')}`);
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
    logger.warn('workflow bundle not cached (it is rebuilt at the next start)', { err: error, file });
  }
}

export interface BundleOptions {
  /** Workflow interceptor modules compiled in (tracing); part of the cache key. */
  interceptorModules?: string[];
  /** Where the cache's own messages go. */
  logger: Logger;
  /** Where webpack's messages go (usually only its warnings). */
  bundlerLogger?: Logger;
}

/**
 * The cycle's workflow bundle, built once per source version (webpack, 5–17 s) and kept on disk, so
 * every start after the first — the worker's, each test file's, the replay test's — loads it in
 * milliseconds.
 */
export async function bundleCycleWorkflows(options: BundleOptions): Promise<WorkflowBundle> {
  const { interceptorModules = [], logger } = options;
  const started = Date.now();
  const preloadModules = sharedWorkflowModules();
  const file = path.join(cacheDir(), `workflow-bundle-${bundleKey(interceptorModules, preloadModules)}.js`);
  const cached = readCached(file);
  if (cached) {
    logger.info('workflow bundle loaded from cache', { ms: Date.now() - started });
    return { code: cached };
  }
  const bundle = await bundleWorkflowCode({
    workflowsPath,
    workflowInterceptorModules: interceptorModules,
    preloadModules,
    logger: options.bundlerLogger ?? logger,
  });
  writeCached(file, bundle.code, logger);
  logger.info('workflow bundle built', { ms: Date.now() - started });
  return bundle;
}
