import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = fileURLToPath(new URL('../..', import.meta.url));
const distDir = path.join(webDir, 'dist');
const viteBin = path.join(webDir, 'node_modules', 'vite', 'bin', 'vite.js');

function newest(target: string): number {
  if (!existsSync(target)) return 0;
  const stats = statSync(target);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(target).reduce((max, entry) => Math.max(max, newest(path.join(target, entry))), 0);
}

/** Builds apps/web when dist is missing or older than its sources: the API serves dist as is. */
export async function ensureWebBuild(log: (line: string) => void = () => {}): Promise<void> {
  const built = newest(path.join(distDir, 'index.html'));
  const sources = Math.max(
    newest(path.join(webDir, 'src')),
    newest(path.join(webDir, 'index.html')),
    newest(path.join(webDir, 'vite.config.ts')),
    newest(path.join(webDir, 'scripts')),
    // The shared code the web app bundles.
    newest(path.join(webDir, '..', '..', 'packages', 'domain', 'src')),
    newest(path.join(webDir, '..', '..', 'packages', 'api', 'src', 'http')),
  );
  if (built > sources) return;
  log('building the web app (dist is missing or stale)…');
  // A child process with NODE_ENV=production: inside vitest NODE_ENV is "test", and React would be
  // bundled in its development build.
  const result = spawnSync(process.execPath, [viteBin, 'build', '--logLevel', 'warn'], {
    cwd: webDir,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status ?? result.signal})`);
}
