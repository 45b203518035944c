/**
 * The whole test pipeline behind `npm test`: system packages, the Temporal CLI, typecheck, lint (biome and
 * knip, as `npm run lint`), then every vitest project. Every step runs even when an earlier one fails; the last line is the tally
 * `N passed, N failed` (a failed typecheck or lint counts as one failed test each).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { locateTemporalCli } from '@thidua/local-services';
import { ensureSystemPackages } from './system-packages';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
const reportFile = path.join(root, 'test-results', 'vitest.json');

let current: ChildProcess | undefined;
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    interrupted = true;
    current?.kill(signal);
  });
}

function heading(title: string): void {
  process.stdout.write(`\n━━ ${title}\n`);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  return new Promise((resolve) => {
    current = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    current.on('error', (error) => {
      process.stderr.write(`could not run ${command}: ${error.message}\n`);
      resolve(127);
    });
    current.on('exit', (code, signal) => resolve(code ?? (signal ? 130 : 1)));
  });
}

interface VitestReport {
  success: boolean;
  numTotalTests: number;
  numPassedTests: number;
  numFailedTests: number;
  numFailedTestSuites: number;
}

function readReport(): VitestReport | undefined {
  if (!existsSync(reportFile)) return undefined;
  try {
    return JSON.parse(readFileSync(reportFile, 'utf8')) as VitestReport;
  } catch {
    return undefined;
  }
}

async function main(): Promise<number> {
  let passed = 0;
  let failed = 0;
  const problems: string[] = [];
  const countStep = (name: string, ok: boolean) => {
    if (ok) return;
    failed += 1;
    problems.push(name);
  };

  heading('System packages');
  await ensureSystemPackages((line) => process.stdout.write(`${line}\n`));

  if (!interrupted) {
    heading('Temporal CLI');
    try {
      const cli = await locateTemporalCli({
        rootDir: root,
        allowBuild: true,
        onProgress: (line) => process.stdout.write(`${line}\n`),
      });
      process.stdout.write(`using ${cli}\n`);
    } catch (error) {
      process.stdout.write(`${(error as Error).message}\n`);
      countStep('Temporal CLI', false);
    }
  }

  if (!interrupted) {
    heading('Typecheck (turbo run typecheck)');
    countStep(
      'typecheck',
      (await run(bin('turbo'), ['run', 'typecheck'], { TURBO_TELEMETRY_DISABLED: '1' })) === 0,
    );
  }

  if (!interrupted) {
    heading('Lint (biome check ., knip)');
    const formatted = (await run(bin('biome'), ['check', '.'])) === 0;
    // Unused files, exports and dependencies (knip.jsonc): run even when biome found something.
    const noDeadCode = (await run(bin('knip'), [])) === 0;
    countStep('lint', formatted && noDeadCode);
  }

  if (!interrupted) {
    heading('Tests (vitest run)');
    mkdirSync(path.dirname(reportFile), { recursive: true });
    rmSync(reportFile, { force: true });
    const code = await run(bin('vitest'), [
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${reportFile}`,
    ]);
    const report = readReport();
    passed += report?.numPassedTests ?? 0;
    failed += report?.numFailedTests ?? 0;
    // A suite that cannot even load, or a failed global setup, fails no single test: still a failure
    // (vitest has been seen to exit 0 after a global setup threw, so its report decides too).
    const broken = code !== 0 || !report || !report.success || report.numTotalTests === 0;
    if (broken && !report?.numFailedTests) {
      failed += Math.max(1, report?.numFailedTestSuites ?? 0);
      problems.push('vitest');
    }
  }

  if (interrupted) problems.push('interrupted');
  heading('Summary');
  if (problems.length) process.stdout.write(`failed steps: ${problems.join(', ')}\n`);
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  if (interrupted) return 130;
  return failed > 0 ? 1 : 0;
}

process.exit(await main());
