import type { Client } from '@temporalio/client';
import type { Db } from '@thidua/db';
import { CycleDriver, type CycleLedger, Limiter, type Stack, seedOrg } from '@thidua/faults';
import { cpuSeconds, treeCpuSeconds } from '../lib/cpu';
import { terminateAll } from './terminate';

export interface CyclesOptions {
  n: number;
  unitsPerBloc: number;
  prefix: string;
  year: number;
  /** Requests in flight at most: N cycles are open at once, the people clicking are bounded. */
  inflight: number;
  /** Stop after this long and report how far the cycles got. */
  timeboxMs: number;
  deadlineStepMs: number;
}

export type Processes = 'api' | 'worker' | 'records' | 'temporal' | 'postgres' | 'driver';

export interface CyclesResult {
  n: number;
  unitsPerBloc: number;
  completed: number;
  timedOut: boolean;
  /** Workflow Updates accepted (every human step but `cycles.start` and the draft saves). */
  updates: number;
  /** Every API call the driver got answered. */
  requests: number;
  wallMs: number;
  updatesPerSecond: number;
  /** Update latencies seen by the driver (answer time, not the wait for a free slot), ms. */
  latencies: number[];
  errors: string[];
  /** CPU seconds each process spent during the run. */
  cpu: Record<Processes, number>;
}

function cpuSnapshot(stack: Stack): Record<Processes, number> {
  const own = process.cpuUsage();
  return {
    api: cpuSeconds(stack.api.pid),
    worker: stack.workers.reduce((sum, w) => sum + cpuSeconds(w.pid), 0),
    records: cpuSeconds(stack.records.pid),
    temporal: cpuSeconds(stack.temporal.pid),
    postgres: treeCpuSeconds(stack.postgres.pid),
    driver: (own.user + own.system) / 1e6,
  };
}

/** N bloc cycles at once from start to finish through the API (or until the time box ends). */
export async function runCycles(
  stack: Stack,
  db: Db,
  temporal: Client,
  options: CyclesOptions,
): Promise<CyclesResult> {
  const org = await seedOrg(db, {
    prefix: options.prefix,
    blocs: options.n,
    unitsPerBloc: options.unitsPerBloc,
    year: options.year,
  });
  const limiter = new Limiter(options.inflight);
  const box = new AbortController();
  const timer = setTimeout(() => box.abort(), options.timeboxMs);
  const errors: string[] = [];
  const cpu0 = cpuSnapshot(stack);
  const started = Date.now();
  let lastEnd = started;
  const ledgers: CycleLedger[] = [];
  await Promise.all(
    org.blocs.map(async (bloc) => {
      const driver = new CycleDriver(org, bloc, {
        baseUrl: stack.apiUrl,
        limiter,
        giveUpMs: 120_000,
        deadlineStepMs: options.deadlineStepMs,
        signal: box.signal,
      });
      ledgers.push(driver.ledger);
      try {
        await driver.run();
      } catch (error) {
        if (!box.signal.aborted && errors.length < 5) errors.push((error as Error).message);
      } finally {
        // A cycle that stopped on an error ends the run too: its steps count, and so does its time.
        lastEnd = Math.max(lastEnd, Date.now());
      }
    }),
  );
  clearTimeout(timer);
  const timedOut = box.signal.aborted;
  const wallMs = (timedOut ? Date.now() : lastEnd) - started;
  const cpu1 = cpuSnapshot(stack);
  const completed = ledgers.filter((l) => l.endedAt !== undefined).length;
  // Cycles the time box cut short still have timers running: end them so they do not weigh on what follows.
  await terminateAll(
    temporal,
    ledgers.filter((l) => l.endedAt === undefined).map((l) => l.cycleId),
  );
  const steps = ledgers.flatMap((l) => l.steps);
  const updates = steps.filter((s) => s.update);
  return {
    n: options.n,
    unitsPerBloc: options.unitsPerBloc,
    completed,
    timedOut,
    updates: updates.length,
    requests: steps.length,
    wallMs,
    updatesPerSecond: (updates.length * 1000) / wallMs,
    latencies: updates.map((s) => s.ms),
    errors,
    cpu: Object.fromEntries((Object.keys(cpu0) as Processes[]).map((k) => [k, cpu1[k] - cpu0[k]])) as Record<
      Processes,
      number
    >,
  };
}
