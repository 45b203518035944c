import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { adminQuery, ensureTestAppLogin, runtimeDatabaseEnv } from '@thidua/db/testing';
import { getFreePort, onPath } from '@thidua/local-services';
import type {} from '@thidua/vitest-setup/context';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { type RuntimeProcess, spawnRuntime, waitForJson } from '../../runtime/test/runtime-process';
import { repoRoot } from '../src/go-tools';

/**
 * No Docker engine runs here, so the image's /app is laid out the way the Dockerfile's `server` stage
 * lays it out — the sources the build context sends, then `pnpm install --prod --filter
 * @thidua/server-image...` and the same pruning — and run from there, away from the workspace: what
 * the image ships is enough to migrate, serve the web app and run the worker (whose bundler compiles
 * the TypeScript workflows at start).
 */
const run = promisify(execFile);
const work = mkdtempSync(path.join(os.tmpdir(), 'thidua-image-'));
const app = path.join(work, 'app');
const adminUrl = inject('databaseAdminUrl');
const databaseName = `thidua_image_${Date.now().toString(36)}`;
const processes: RuntimeProcess[] = [];
/** pnpm on PATH, else the copy infra/bootstrap.mjs installs into .tools/pnpm. */
const pnpm =
  onPath('pnpm') ??
  [path.join(repoRoot, '.tools', 'pnpm', 'node_modules', '.bin', 'pnpm')].find(existsSync) ??
  'pnpm';

const admin = (text: string) => adminQuery(adminUrl, text);

beforeAll(async () => {
  // `COPY . .`: the sources (tracked or new, not ignored); dependencies, builds and secrets stay out.
  const { stdout } = await run('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: repoRoot,
    maxBuffer: 64 * 1024 * 1024,
  });
  for (const file of stdout.split('\0').filter(Boolean)) {
    if (!existsSync(path.join(repoRoot, file))) continue; // deleted in the work tree
    mkdirSync(path.dirname(path.join(app, file)), { recursive: true });
    cpSync(path.join(repoRoot, file), path.join(app, file));
  }
  await run(
    pnpm,
    ['install', '--frozen-lockfile', '--prefer-offline', '--prod', '--filter', '@thidua/server-image...'],
    { cwd: app, env: { ...process.env, CI: 'true' }, maxBuffer: 32 * 1024 * 1024 },
  );
  // As the Dockerfile: only this platform's Temporal bridge binary.
  const store = path.join(app, 'node_modules', '.pnpm');
  const bridge = readdirSync(store).find((name) => name.startsWith('@temporalio+core-bridge@'))!;
  const releases = path.join(store, bridge, 'node_modules', '@temporalio', 'core-bridge', 'releases');
  const arch = process.arch === 'arm64' ? 'aarch64' : 'x86_64';
  for (const target of readdirSync(releases).filter((name) => name !== `${arch}-unknown-linux-gnu`)) {
    rmSync(path.join(releases, target), { recursive: true, force: true });
  }
  // The web stage's output; a stand-in page is enough here.
  mkdirSync(path.join(app, 'apps', 'web', 'dist'), { recursive: true });
  writeFileSync(
    path.join(app, 'apps', 'web', 'dist', 'index.html'),
    '<!doctype html><title>Thi đua</title>image-check',
  );
  await admin(`create database "${databaseName}"`);
  await ensureTestAppLogin(adminUrl);
}, 240_000);

afterAll(async () => {
  await Promise.all(processes.map((process) => process.stop('SIGKILL')));
  await admin(`drop database if exists "${databaseName}" with (force)`);
  rmSync(work, { recursive: true, force: true });
});

describe("the image's /app (production dependencies only) runs on its own", () => {
  test('migrate, then the API with the web app and the workers, ready; clean stop on SIGTERM', async () => {
    expect(existsSync(path.join(app, 'infra', 'docker', 'node_modules', 'tsx'))).toBe(true);
    expect(existsSync(path.join(app, 'node_modules', '.pnpm', 'vitest@4.1.12'))).toBe(false); // no dev tools
    expect(existsSync(path.join(app, 'apps', 'web', 'node_modules'))).toBe(false); // the web app is built

    const env = {
      ...runtimeDatabaseEnv(adminUrl, databaseName),
      TEMPORAL_ADDRESS: inject('temporalAddress'),
      TEMPORAL_NAMESPACE: inject('temporalNamespace'),
      TEMPORAL_TASK_QUEUE: `ops-image-${Date.now().toString(36)}`,
      NODE_ENV: 'production',
    };
    const migrate = spawnRuntime('migrate', env, { root: app });
    processes.push(migrate);
    expect(await migrate.exited, migrate.output()).toBe(0);

    const port = await getFreePort();
    const worker = spawnRuntime('worker', env, { root: app });
    const records = spawnRuntime('records', env, { root: app });
    const api = spawnRuntime(
      'api',
      { ...env, THIDUA_PORT: String(port), THIDUA_MIGRATE_ON_BOOT: 'false' },
      { root: app },
    );
    processes.push(worker, records, api);
    await worker.waitFor(/"msg":"worker polling"/);
    expect(await waitForJson(`http://127.0.0.1:${port}/readyz`)).toMatchObject({
      checks: { database: { ok: true }, temporal: { ok: true }, worker: { ok: true }, records: { ok: true } },
    });
    expect(await (await fetch(`http://127.0.0.1:${port}/cycles/2025`)).text()).toContain('image-check');

    expect(await api.stop('SIGTERM')).toBe(0);
    expect(await worker.stop('SIGTERM')).toBe(0);
    expect(await records.stop('SIGTERM')).toBe(0);
  });
});
