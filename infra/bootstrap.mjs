#!/usr/bin/env node
// Entry of every root npm script on a machine that has Node and nothing else: checks Node, provides the
// pinned pnpm (locally, no global install), installs dependencies, puts pnpm and the workspace's tools on
// the PATH every child inherits (turbo, for one, needs the pnpm binary), then hands over to the
// TypeScript runtime, the test pipeline or the command given. Dependency-free on purpose: nothing is
// installed when it starts.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PNPM_VERSION = '12.4.2';
const MIN_NODE = [20, 19];
const root = fileURLToPath(new URL('..', import.meta.url));
const isWindows = process.platform === 'win32';

function fail(message) {
  process.stderr.write(`\n✖ ${message}\n\n`);
  process.exit(1);
}

function step(message) {
  process.stdout.write(`› ${message}\n`);
}

function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < MIN_NODE[0] || (major === MIN_NODE[0] && minor < MIN_NODE[1])) {
    fail(
      `Node ${MIN_NODE.join('.')} or newer is required (this is ${process.versions.node}): install a current Node LTS from https://nodejs.org and try again.`,
    );
  }
}

function versionOf(command) {
  const result = spawnSync(command, ['--version'], {
    cwd: root,
    encoding: 'utf8',
    shell: isWindows,
    stdio: ['ignore', 'pipe', 'ignore'],
    // A corepack shim would otherwise stop to ask before fetching the pinned version.
    env: { ...process.env, COREPACK_ENABLE_DOWNLOAD_PROMPT: '0' },
  });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** pnpm on PATH when it is the pinned version, else a local copy under .tools/pnpm (installed once). */
function ensurePnpm() {
  if (versionOf('pnpm') === PNPM_VERSION) return 'pnpm';
  const prefix = path.join(root, '.tools', 'pnpm');
  const local = path.join(prefix, 'node_modules', '.bin', isWindows ? 'pnpm.cmd' : 'pnpm');
  if (existsSync(local) && versionOf(local) === PNPM_VERSION) return local;

  step(`Installing pnpm ${PNPM_VERSION} into .tools/pnpm (no global install)…`);
  const npm = spawnSync(
    'npm',
    ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', `pnpm@${PNPM_VERSION}`],
    { cwd: root, stdio: 'inherit', shell: isWindows },
  );
  if (npm.status !== 0 || versionOf(local) !== PNPM_VERSION) {
    fail(
      `Could not install pnpm ${PNPM_VERSION} with npm (see its output above); install pnpm ${PNPM_VERSION} yourself and try again.`,
    );
  }
  return local;
}

/** Every child from here on finds the pinned pnpm and the workspace's binaries without a global install. */
function putToolsOnPath(pnpm) {
  const dirs = [path.join(root, 'node_modules', '.bin')];
  if (path.isAbsolute(pnpm)) dirs.push(path.dirname(pnpm));
  process.env.PATH = [...dirs, process.env.PATH ?? ''].join(path.delimiter);
}

function run(command, args, what) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: isWindows });
  if (result.status !== 0)
    fail(`${what} failed (exit ${result.status ?? result.signal}); see the output above.`);
}

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stats = statSync(target);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

/** Builds apps/web when dist is missing or older than anything it is built from. */
function ensureWebBuild(pnpm) {
  const web = path.join(root, 'apps', 'web');
  const built = newestMtime(path.join(web, 'dist', 'index.html'));
  // The web app's own files, and the shared code it bundles (@thidua/domain, @thidua/api/client).
  const sources = Math.max(
    ...['src', 'public', 'scripts', 'index.html', 'vite.config.ts', 'package.json'].map((entry) =>
      newestMtime(path.join(web, entry)),
    ),
    ...['packages/domain/src', 'packages/api/src/http'].map((dir) => newestMtime(path.join(root, dir))),
  );
  if (built && built >= sources) return;
  step('Building the web app…');
  run(pnpm, ['--filter', '@thidua/web', 'build'], 'Building the web app');
}

/**
 * Runs the TypeScript entry in its own process group, so a terminal's Ctrl-C reaches it once, through
 * here, and it can stop its own children in order. npm forwards the signal this process already got
 * from the terminal, so a repeat within a second is the same keypress and is not forwarded twice.
 */
function handOver(command, args) {
  const child = spawn(command, args, {
    cwd: root,
    shell: isWindows,
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: !isWindows,
  });
  let lastForward = 0;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      const now = Date.now();
      if (now - lastForward < 1000) return;
      lastForward = now;
      child.kill(signal === 'SIGHUP' ? 'SIGTERM' : signal);
    });
  }
  child.on('error', (error) => fail(`Could not start ${command}: ${error.message}`));
  child.on('exit', (code, signal) => process.exit(code ?? 128 + (os.constants.signals[signal] ?? 0)));
}

const runTypeScript = (script, args) => handOver(process.execPath, ['--import', 'tsx', script, ...args]);

function main() {
  const [command, ...args] = process.argv.slice(2);
  if (!['start', 'test', 'exec'].includes(command) || (command === 'exec' && args.length === 0)) {
    fail('Usage: node infra/bootstrap.mjs start|test [args…] | exec COMMAND [args…]');
  }
  checkNode();
  const pnpm = ensurePnpm();
  putToolsOnPath(pnpm);
  run(pnpm, ['install', '--frozen-lockfile'], 'pnpm install');
  if (command === 'start') {
    ensureWebBuild(pnpm);
    runTypeScript('infra/runtime/src/main.ts', args);
  } else if (command === 'test') {
    runTypeScript('infra/scripts/test-all.ts', args);
  } else {
    handOver(args[0], args.slice(1));
  }
}

main();
