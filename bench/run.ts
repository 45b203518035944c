/**
 * `npm run bench`: records, API load, concurrent cycles, memory and faults, each against a baseline of
 * the same run; prints the summary and writes bench/RESULTS.md.
 *   --only documents,api,workflow,faults,ballot,web   run some sections (memory comes with workflow)
 *   --quick                                 small sizes, for development
 *   --cycles 10,100,1000  --timebox S       sizes of section 3 and a time box for each (default: 210 s for
 *                                           the sizes in between; the smallest and the largest run to
 *                                           the end, the largest within what the budget leaves)
 *   --faults 4  --seed N                    fault runs and their seed
 *   --inflight 100  --duration 10           requests in flight (section 3), seconds per load (section 2)
 *   --budget 18                             minutes the whole run may take
 *   --out FILE                              where to write (default bench/RESULTS.md; other runs: the temp folder)
 *   --keep                                  keep each topology's folder (profiles, logs, data) after the run
 *   --no-profiler                           section 3 without the CPU profiler (it holds every sample until
 *                                           the process ends: long runs' memory grows with it)
 *   --temporal dev,server                   where sections 3–5 run: the dev server (SQLite, one worker) and
 *                                           Temporal server on PostgreSQL (two workers; built with Go once)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Client, Connection } from '@temporalio/client';
import { createDb } from '@thidua/db';
import { repoRoot, Stack } from '@thidua/faults';
import { locateTemporalCli, locateTemporalServer } from '@thidua/local-services';
import { measureApi } from './api/section';
import { seedApiDataset } from './api/seed';
import { measureBallot } from './ballot';
import { measureDocuments } from './documents';
import { type FaultBenchResult, measureFaults } from './faults/section';
import { Budget } from './lib/budget';
import { profileDocuments } from './lib/documents-profile';
import { describeCommit, describeMachine } from './lib/machine';
import { profileFlags } from './lib/profile';
import { renderResults } from './report/render';
import { summaryTable } from './report/summary';
import { type BenchResults, TOPOLOGIES, type Topology } from './report/types';
import { measureWeb } from './web/section';
import { measureWorkflow, type WorkflowBenchResult } from './workflow/section';

const SECTIONS = ['documents', 'api', 'workflow', 'faults', 'ballot', 'web'] as const;
const { values: flags } = parseArgs({
  options: {
    only: { type: 'string' },
    quick: { type: 'boolean', default: false },
    cycles: { type: 'string' },
    timebox: { type: 'string' },
    faults: { type: 'string' },
    seed: { type: 'string' },
    inflight: { type: 'string' },
    duration: { type: 'string' },
    budget: { type: 'string' },
    out: { type: 'string' },
    temporal: { type: 'string' },
    keep: { type: 'boolean', default: false },
    'no-profiler': { type: 'boolean', default: false },
  },
});
const only = flags.only?.split(',').map((s) => (s.trim() === 'memory' ? 'workflow' : s.trim()));
const bad = only?.filter((s) => !(SECTIONS as readonly string[]).includes(s));
if (bad?.length)
  throw new Error(`--only: unknown section ${bad.join(', ')} (known: ${SECTIONS.join(', ')}, memory)`);
const want = (s: (typeof SECTIONS)[number]) => !only || only.includes(s);
const quick = flags.quick;
const num = (v: string | undefined, d: number) => (v === undefined ? d : Number(v));
const settings = {
  unitsPerBloc: 3,
  inflight: num(flags.inflight, 100),
  apiDurationS: num(flags.duration, quick ? 3 : 10),
  deadlineStepMs: 5_000,
};
const sizes = (flags.cycles ?? (quick ? '5,20' : '10,100,1000')).split(',').map(Number);
// By default the smallest and the largest size run to the end (the largest: within what the budget
// leaves) and the sizes in between get a box each; --timebox boxes every size.
const middle = (n: number) => n > Math.min(...sizes) && n < Math.max(...sizes);
const timeboxMs = (n: number) => {
  if (flags.timebox) return Number(flags.timebox) * 1000;
  return middle(n) ? (quick ? 60 : 210) * 1000 : Number.POSITIVE_INFINITY;
};
const faultRuns = num(flags.faults, quick ? 1 : 4);
const topologies = (flags.temporal ?? 'dev,server').split(',').map((x) => x.trim()) as Topology[];
const badTopology = topologies.filter((x) => !(x in TOPOLOGIES));
if (badTopology.length) throw new Error(`--temporal: unknown ${badTopology.join(', ')} (known: dev, server)`);
const seed = num(flags.seed, Date.now() % 1_000_000);
const budget = new Budget(num(flags.budget, 18) * 60_000);
const full = !only && !quick && !flags.cycles && !flags.faults && !flags.temporal;
// A partial or quick run must not overwrite the full results.
const out =
  flags.out ??
  (full
    ? fileURLToPath(new URL('./RESULTS.md', import.meta.url))
    : path.join(os.tmpdir(), 'thidua-bench-results.md'));
const log = (line: string) =>
  console.log(`[bench ${(budget.elapsedMs() / 1000).toFixed(0).padStart(4)} s] ${line}`);

const results: BenchResults = {
  machine: describeMachine(),
  commit: describeCommit(repoRoot),
  command: `npm run bench${process.argv.slice(2).length ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
  startedAt: new Date(),
  durationMs: 0,
  settings,
  notMeasured: [],
};
const failed = (what: string, error: unknown) => {
  log(`${what} failed: ${(error as Error).stack ?? error}`);
  results.notMeasured.push(`${what}: failed with \`${(error as Error).message.split('\n')[0]}\``);
};

if (want('documents')) {
  log('1. records');
  try {
    results.documents = await measureDocuments(quick ? { runs: 5, warmup: 2 } : {});
    if (!results.documents.withinTarget) results.documentsProfile = await profileDocuments();
  } catch (error) {
    failed('1. records', error);
  }
}

if (want('ballot')) {
  log('6. encrypted ballot');
  try {
    results.ballot = await measureBallot(quick ? { runs: 5 } : {});
  } catch (error) {
    failed('6. encrypted ballot', error);
  }
}

/**
 * Sections 2–5 on one topology: its own PostgreSQL, Temporal, API and worker processes. The API load
 * (section 2) runs on the first only; `later` topologies come after this one, each getting an even
 * share of the time left when this one's cycles start.
 */
async function onTopology(t: Topology, later: number): Promise<void> {
  const withApi = t === 'dev' && want('api');
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'thidua-bench-'));
  const profileDir = path.join(workDir, 'profiles');
  const workflowProfileDir = flags['no-profiler'] ? undefined : profileDir;
  const label = t === 'dev' ? '' : ` [${TOPOLOGIES[t].short}]`;
  const store = (w: WorkflowBenchResult | undefined, f: FaultBenchResult | undefined) => {
    if (t === 'dev') Object.assign(results, w ? { workflow: w } : {}, f ? { faults: f } : {});
    else Object.assign(results, w ? { workflowServer: w } : {}, f ? { faultsServer: f } : {});
  };
  let stack: Stack | undefined;
  let keep = flags.keep;
  try {
    const temporalServer =
      t === 'server'
        ? await locateTemporalServer({ rootDir: repoRoot, allowBuild: true, onProgress: log })
        : undefined;
    log(
      `starting PostgreSQL, ${TOPOLOGIES[t].short}, the API and the worker${temporalServer ? 's' : ''} in ${workDir}`,
    );
    stack = await Stack.create({
      workDir,
      temporalCliPath: await locateTemporalCli({ rootDir: repoRoot, allowBuild: true, onProgress: log }),
      // The worker's profile covers section 3 only (its window is cut from the end of the profile).
      nodeArgs:
        want('workflow') && workflowProfileDir
          ? { worker: profileFlags(path.join(workflowProfileDir, 'worker')) }
          : {},
      ...(temporalServer ? { temporalServer, workers: 2 } : {}),
    });
    const db = createDb(stack.databaseUrl, { max: 8, applicationName: 'thidua-bench' });
    const seeding = withApi ? seedApiDataset(db.db) : undefined;
    const [dataset] = await Promise.all([seeding, stack.startApp()]);
    const connection = await Connection.connect({ address: stack.temporal.address });
    const temporal = new Client({ connection, namespace: stack.namespace });

    if (dataset) {
      log('2. API');
      try {
        results.api = await measureApi(stack, dataset, {
          db: db.db,
          connections: [50, 200],
          durationS: settings.apiDurationS,
          profileDir: path.join(profileDir, 'api-tracker'),
          log,
        });
      } catch (error) {
        failed('2. API', error);
      }
    }
    if (want('workflow')) {
      log(`3. cycles at once, 4. memory${label}`);
      try {
        const workflow = await measureWorkflow(stack, db.db, temporal, {
          sizes,
          unitsPerBloc: settings.unitsPerBloc,
          inflight: settings.inflight,
          timeboxMs,
          reserveMs:
            (budget.leftMs(0) * later) / (later + 1) +
            (want('faults') ? faultRuns * 55_000 + 30_000 : 15_000),
          deadlineStepMs: settings.deadlineStepMs,
          profileDir: workflowProfileDir,
          budget,
          log,
        });
        store(workflow, undefined);
        for (const s of workflow.skipped)
          results.notMeasured.push(`3. ${s.n} cycles at once${label}: ${s.why}.`);
        for (const run of workflow.runs.filter((x) => x.cycles.timedOut)) {
          results.notMeasured.push(
            `3. ${run.cycles.n} cycles at once${label} did not all finish inside the run's time box ` +
              `(${run.cycles.completed} did in ${(run.cycles.wallMs / 1000).toFixed(0)} s): its figures are those of the box, ` +
              'and the projection assumes the Update rate of the box holds to the end.',
          );
        }
      } catch (error) {
        failed(`3. cycles / 4. memory${label}`, error);
      }
    }
    if (want('faults')) {
      log(`5. faults${label} (${faultRuns} runs, seed ${seed})`);
      try {
        store(
          undefined,
          await measureFaults(stack, db.db, temporal, { runs: faultRuns, seed, blocs: 2, log }),
        );
      } catch (error) {
        failed(`5. faults${label}`, error);
      }
    }
    await connection.close();
    await db.close();
  } catch (error) {
    keep = true;
    failed(`starting the services${label}`, error);
  } finally {
    await stack?.close();
    if (keep) log(`profiles and logs kept in ${workDir}`);
    else rmSync(workDir, { recursive: true, force: true });
  }
}

if (want('web')) {
  log('7. web app (Lighthouse, mobile throttling)');
  try {
    results.web = await measureWeb(log);
  } catch (error) {
    failed('7. web app', error);
  }
}

if (want('api') || want('workflow') || want('faults')) {
  for (const [i, t] of topologies.entries()) await onTopology(t, topologies.length - i - 1);
}

results.durationMs = budget.elapsedMs();
console.log(`\n${summaryTable(results)}\n`);
for (const line of results.notMeasured) console.log(`not measured: ${line}`);
writeFileSync(out, renderResults(results));
// The repository's formatter also lays out Markdown: leave the file as it would.
spawnSync(path.join(repoRoot, 'node_modules', '.bin', 'biome'), ['format', '--write', out], {
  stdio: 'ignore',
});
log(`written to ${out}`);
process.exit(0);
