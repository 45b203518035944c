import type { Client } from '@temporalio/client';
import type { Db } from '@thidua/db';
import type { Stack } from '@thidua/faults';
import type { Budget } from '../lib/budget';
import { type MemoryPeak, MemorySampler } from '../lib/memory';
import { type ProfileSummary, profileFlags, profilesIn, summariseProfile } from '../lib/profile';
import { type CyclesResult, runCycles } from './cycles';
import { type NoopResult, runNoop, startNoopWorker } from './noop';

/** The engine's floor is a rate: its run stops after this long at most. */
const NOOP_BOX_MS = 45_000;

interface WorkflowRun {
  cycles: CyclesResult;
  noop: NoopResult;
  memory: Record<string, MemoryPeak>;
}

export interface WorkflowBenchResult {
  runs: WorkflowRun[];
  /** Peak memory of the API and the worker over every run. */
  memory: Record<string, MemoryPeak>;
  profiles: { process: string; thread: number; summary: ProfileSummary }[];
  skipped: { n: number; why: string }[];
}

export interface WorkflowBenchOptions {
  sizes: number[];
  unitsPerBloc: number;
  inflight: number;
  /** Time box of one size; the budget may shorten it further. */
  timeboxMs: (n: number) => number;
  /** Time to keep for the sections after this one. */
  reserveMs: number;
  deadlineStepMs: number;
  /**
   * Where the API and the worker write their profiles (`<dir>/api`, `<dir>/worker`); none without.
   * The profiler keeps every sample until the process ends: ~1 MiB a minute per busy thread.
   */
  profileDir: string | undefined;
  budget: Budget;
  log: (line: string) => void;
}

/** The processes whose memory is sampled: the API, each worker (`worker`, `worker 2`…) and the records'. */
function processPids(stack: Stack): Record<string, number | undefined> {
  return Object.fromEntries([
    ['api', stack.api.pid],
    ...stack.workers.map((w, i) => [i === 0 ? 'worker' : `worker ${i + 1}`, w.pid]),
    ['records', stack.records.pid],
  ]);
}

/**
 * N bloc cycles at once through the API (section 3), with the API and worker profiled and their
 * memory sampled (section 4), each size against the same number of Updates on a no-op workflow.
 */
export async function measureWorkflow(
  stack: Stack,
  db: Db,
  temporal: Client,
  options: WorkflowBenchOptions,
): Promise<WorkflowBenchResult> {
  const { log } = options;
  // The API and the worker run with the profiler on (see profileFlags): restart the API if it is not.
  if (options.profileDir && !stack.api.nodeArgs.includes('--cpu-prof')) {
    await stack.api.stop();
    stack.api.nodeArgs = profileFlags(`${options.profileDir}/api`);
    await stack.api.start();
  }
  const stopNoop = await startNoopWorker(stack.temporal.address, stack.namespace);

  const overall = new MemorySampler(() => processPids(stack)).start();
  const runs: WorkflowRun[] = [];
  const skipped: WorkflowBenchResult['skipped'] = [];
  const started = Date.now();
  for (const [i, n] of options.sizes.entries()) {
    // The no-op run of the same size gets its own box after this one.
    const left = options.budget.leftMs(options.reserveMs);
    const timeboxMs = Math.min(options.timeboxMs(n), left - NOOP_BOX_MS);
    if (timeboxMs < 20_000) {
      skipped.push({
        n,
        why: `no time left in the ${Math.round(options.budget.totalMs / 60_000)}-minute budget`,
      });
      continue;
    }
    log(`  ${n} cycles at once (time box ${Math.round(timeboxMs / 1000)} s)…`);
    const sampler = new MemorySampler(() => processPids(stack)).start();
    const cycles = await runCycles(stack, db, temporal, {
      n,
      unitsPerBloc: options.unitsPerBloc,
      prefix: `w${i}`,
      year: 2040,
      inflight: options.inflight,
      timeboxMs,
      deadlineStepMs: options.deadlineStepMs,
    });
    const memory = sampler.stop();
    log(
      `    ${cycles.completed}/${n} completed in ${(cycles.wallMs / 1000).toFixed(1)} s, ${cycles.updates} Updates, ${cycles.updatesPerSecond.toFixed(1)}/s${cycles.errors.length ? `; errors: ${cycles.errors[0]}` : ''}`,
    );
    const noop = await runNoop(temporal, {
      workflows: n,
      updates: Math.max(cycles.updates, n),
      inflight: options.inflight,
      parallelPerWorkflow: options.unitsPerBloc,
      runId: `${i}-${Date.now()}`,
      timeboxMs: NOOP_BOX_MS,
    });
    log(
      `    no-op: ${noop.updates} Updates in ${(noop.wallMs / 1000).toFixed(1)} s, ${noop.updatesPerSecond.toFixed(1)}/s`,
    );
    runs.push({ cycles, noop, memory });
  }
  const memory = overall.stop();
  const windowMs = Date.now() - started;
  await stopNoop();

  // Graceful stops write the profiles; the faults section starts them again without the profiler.
  await Promise.all([stack.api.stop(), ...stack.workers.map((w) => w.stop())]);
  stack.api.nodeArgs = [];
  for (const w of stack.workers) w.nodeArgs = [];
  const profiles: WorkflowBenchResult['profiles'] = [];
  for (const name of options.profileDir ? (['worker', 'api'] as const) : []) {
    for (const [thread, file] of profilesIn(`${options.profileDir}/${name}`).entries()) {
      const summary = summariseProfile(file, { lastMs: windowMs });
      // The module loader's thread of tsx is start-up only.
      if (summary.totalMs > 1_000) profiles.push({ process: name, thread, summary });
    }
  }
  return { runs, memory, profiles, skipped };
}
