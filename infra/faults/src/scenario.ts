import type { Client } from '@temporalio/client';
import type { Db } from '@thidua/db';
import { type Count, type Reconciliation, reconcile } from './check/reconcile';
import { CycleDriver, cycleSize } from './driver/cycle';
import { Limiter } from './driver/limiter';
import { seedOrg } from './org/seed';
import { sleep } from './stack/proc';
import { appRoles } from './stack/role';
import type { Component, Stack } from './stack/stack';

export interface FaultRunOptions {
  stack: Stack;
  db: Db;
  temporal: Client;
  component: Component;
  /** Ids of this run's province, blocs and users start with it. */
  prefix: string;
  /** Picks the moment of the kill; a seeded generator makes a run repeatable. */
  random: () => number;
  blocs?: number;
  unitsPerBloc?: number;
  year?: number;
  /** Give up on a step after this long. */
  giveUpMs?: number;
  /** Kill at the first step whose key matches, instead of at a random one (to aim at a window). */
  at?: RegExp;
  /** With `at`: wait until this holds (polled every 10 ms, at most 5 s) before the kill. */
  killWhen?: () => Promise<boolean>;
  /** Keep the component down this long before starting it again (a crash loop, a slow reschedule). */
  outageMs?: number;
  log?: (line: string) => void;
}

export interface FaultRunResult {
  component: Component;
  /** The step of the first bloc that was starting when the kill came, and how far into it. */
  killedDuring: string;
  /** From the SIGKILL to the first workflow step accepted after the restart. */
  recoveryMs: number;
  /** Components that died as a consequence and were started again, as a supervisor would. */
  alsoRestarted: string[];
  cycles: number;
  submissions: Count & { accepted: number };
  ballots: Count & { accepted: number };
  records: Count & { listed: number };
  /** Once-only steps other than submissions and ballots written twice (see Reconciliation). */
  stepsWrittenTwice: number;
  /** Lost or duplicated submissions, ballots and records, unfinished cycles: the run's failures. */
  notes: string[];
  observations: string[];
  /** Steps whose answer was lost and whose retry was refused as already done, with the refusal. */
  confirmed: string[];
  durationMs: number;
}

/**
 * One randomised run: a few blocs go through a whole cycle at once through the API; when the first
 * bloc reaches a random step, `component` is SIGKILLed, then started again; the cycles finish and
 * what the driver got accepted is compared with what the workflow and PostgreSQL hold.
 */
export async function runFault(options: FaultRunOptions): Promise<FaultRunResult> {
  const { stack, component } = options;
  const log = options.log ?? (() => {});
  const k = options.unitsPerBloc ?? 3;
  const org = await seedOrg(options.db, {
    prefix: options.prefix,
    blocs: options.blocs ?? 3,
    unitsPerBloc: k,
    year: options.year ?? 2050,
  });
  const target = 1 + Math.floor(options.random() * (cycleSize(k).steps - 2));
  // Aimed at a step: kill as its request leaves, so it is surely in flight.
  const delayMs = options.at ? 0 : Math.floor(options.random() * 400);
  let killedDuring = '';
  let killedAt = 0;
  let restartedAt = Number.POSITIVE_INFINITY;
  let recoveredAt = 0;
  let fault: Promise<void> = Promise.resolve();
  const alsoRestarted: string[] = [];
  const started = Date.now();

  const inject = (key: string) => {
    if (killedDuring) return;
    killedDuring = `${key} (+${delayMs} ms)`;
    fault = (async () => {
      await sleep(delayMs);
      for (const until = Date.now() + 5_000; options.killWhen && Date.now() < until; await sleep(10)) {
        if (await options.killWhen().catch(() => false)) break;
      }
      killedAt = Date.now();
      log(`SIGKILL ${component} during ${killedDuring}`);
      await stack.kill(component);
      await sleep(options.outageMs ?? 0);
      await stack.restart(component);
      restartedAt = Date.now();
      log(`${component} back after ${restartedAt - killedAt} ms`);
    })();
  };
  // A process manager's part: the API or a worker dying of the fault (not of our kill) is started again.
  let supervising = true;
  const supervisor = (async () => {
    while (supervising) {
      await sleep(500);
      if (killedAt === 0 || restartedAt === Number.POSITIVE_INFINITY) continue;
      for (const role of appRoles) {
        if (supervising && !stack[role].running) {
          alsoRestarted.push(role);
          log(`${role} exited after the ${component} kill: starting it again`);
          await stack[role].start();
        }
      }
    }
  })();

  const limiter = new Limiter(32);
  const drivers = org.blocs.map(
    (bloc, i) =>
      new CycleDriver(org, bloc, {
        baseUrl: stack.apiUrl,
        limiter,
        giveUpMs: options.giveUpMs ?? 180_000,
        deadlineStepMs: 4_000,
        beforeStep:
          i === 0
            ? ({ index, key }) => (options.at ? options.at.test(key) : index >= target) && inject(key)
            : undefined,
        // Recovered: the first step accepted once the killed component is back.
        onAccepted: (at) => {
          if (at > restartedAt && recoveredAt === 0) recoveredAt = at;
        },
      }),
  );
  try {
    await Promise.all(drivers.map((d) => d.run()));
    await fault;
  } finally {
    supervising = false;
    await supervisor;
  }

  const checks: Reconciliation[] = [];
  for (const driver of drivers) checks.push(await reconcile(options.db, options.temporal, driver.ledger));
  const sum = (pick: (r: Reconciliation) => Count): Count => ({
    lost: checks.reduce((n, r) => n + pick(r).lost, 0),
    duplicated: checks.reduce((n, r) => n + pick(r).duplicated, 0),
  });
  const ballotsAccepted = drivers.reduce(
    (n, d) => n + [...d.ledger.ballots.values()].reduce((m, set) => m + set.size, 0),
    0,
  );
  return {
    component,
    killedDuring,
    recoveryMs: killedAt === 0 ? Number.NaN : (recoveredAt || Date.now()) - killedAt,
    alsoRestarted,
    cycles: drivers.length,
    submissions: {
      ...sum((r) => r.submissions),
      accepted: drivers.reduce((n, d) => n + d.ledger.submissions.size, 0),
    },
    ballots: { ...sum((r) => r.ballots), accepted: ballotsAccepted },
    records: { ...sum((r) => r.records), listed: checks.reduce((n, r) => n + r.recordsListed, 0) },
    stepsWrittenTwice: checks.reduce((n, r) => n + r.stepsWrittenTwice, 0),
    notes: checks.flatMap((r) => r.notes.map((note) => `${r.cycleId}: ${note}`)),
    observations: checks.flatMap((r) => r.observations.map((note) => `${r.cycleId}: ${note}`)),
    confirmed: drivers.flatMap((d) =>
      d.ledger.steps.filter((s) => s.outcome === 'confirmed').map((s) => `${s.key} (${s.refusal})`),
    ),
    durationMs: Date.now() - started,
  };
}
