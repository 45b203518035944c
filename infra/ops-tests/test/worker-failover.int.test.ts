import { createHash, randomBytes } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { createDb, type DbHandle, schema } from '@thidua/db';
import { adminQuery, ensureTestAppLogin, runtimeDatabaseEnv, withDatabase } from '@thidua/db/testing';
import { getFreePort } from '@thidua/local-services';
import type {} from '@thidua/vitest-setup/context';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
// The workflow package's own driver of a whole cycle through '@thidua/workflows/client', as the API would.
import { CycleDriver, UNITS } from '../../../packages/workflows/test/support/cycle-driver';
import type { Harness } from '../../../packages/workflows/test/support/harness';
import { type RuntimeProcess, spawnRuntime, waitForJson } from '../../runtime/test/runtime-process';
import { type OtlpCollector, startOtlpCollector } from '../src/otlp-collector';

const adminUrl = inject('databaseAdminUrl');
const databaseName = `thidua_failover_${randomBytes(4).toString('hex')}`;
const databaseUrl = withDatabase(adminUrl, databaseName);
const taskQueue = `ops-failover-${randomBytes(4).toString('hex')}`;
const collector: OtlpCollector = await startOtlpCollector();
const env = {
  // Tracing on, to a collector in this test: the spans of every process land there.
  OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint,
  ...runtimeDatabaseEnv(adminUrl, databaseName),
  TEMPORAL_ADDRESS: inject('temporalAddress'),
  TEMPORAL_NAMESPACE: inject('temporalNamespace'),
  TEMPORAL_TASK_QUEUE: taskQueue,
};
const processes: RuntimeProcess[] = [];
let api: RuntimeProcess;
let workers: { process: RuntimeProcess; metricsPort: number }[] = [];
let appUrl: string;
let connection: Connection | undefined;
let db: DbHandle | undefined;

const admin = (text: string) => adminQuery(adminUrl, text);

/** Process ids of the workers that completed a run's workflow tasks, in order (identity is pid@host). */
async function workflowTaskPids(client: Client, workflowId: string, runId?: string): Promise<number[]> {
  const { events } = await client.workflow.getHandle(workflowId, runId).fetchHistory();
  return (events ?? []).flatMap((event) => {
    const identity = event.workflowTaskCompletedEventAttributes?.identity;
    return identity ? [Number.parseInt(identity, 10)] : [];
  });
}

/** The cycle's runs (it goes on in a new run at some phases). */
async function runIdsOf(client: Client, workflowId: string): Promise<string[]> {
  const runIds: string[] = [];
  for await (const run of client.workflow.list({ query: `WorkflowId = '${workflowId}'` }))
    runIds.push(run.runId);
  return runIds;
}

/** The worker the cycle sticks to: the one that completed the last task of its self-assessment run. */
async function stickyWorkerPid(client: Client, workflowId: string): Promise<number> {
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; ) {
    const pid = (await workflowTaskPids(client, workflowId)).at(-1);
    if (pid !== undefined && (await runIdsOf(client, workflowId)).length === 2) return pid;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${workflowId}: no self-assessment run with a completed task`);
}

async function startWorker(name: string, role: 'worker' | 'records' = 'worker') {
  const metricsPort = await getFreePort();
  const process = spawnRuntime(role, { ...env, THIDUA_METRICS_PORT: String(metricsPort) }, { name });
  processes.push(process);
  await process.waitFor(/"msg":"worker polling"/);
  return { process, metricsPort };
}

beforeAll(async () => {
  await admin(`create database "${databaseName}"`);
  await ensureTestAppLogin(adminUrl);
  // As in production: the migrations job (with the demo bloc, units and accounts) before the API, and
  // two workers and a records worker, each its own process.
  // Workers touch the database only when they run activities, so they start meanwhile.
  const migrate = spawnRuntime('migrate', { ...env, THIDUA_SEED_DEMO: 'true' });
  processes.push(migrate);
  const starting = Promise.all([
    startWorker('worker-a'),
    startWorker('worker-b'),
    startWorker('records', 'records'),
  ]);
  starting.catch(() => {}); // awaited below
  expect(await migrate.exited, migrate.output()).toBe(0);

  const port = await getFreePort();
  api = spawnRuntime('api', {
    ...env,
    THIDUA_PORT: String(port),
    THIDUA_MIGRATE_ON_BOOT: 'false',
    THIDUA_API_METRICS: 'true',
  });
  processes.push(api);
  workers = (await starting).slice(0, 2);
  await api.waitFor(/"msg":"API listening"/);
  appUrl = `http://127.0.0.1:${port}`;
}, 240_000);

afterAll(async () => {
  await Promise.all(processes.map((process) => process.stop('SIGKILL')));
  await connection?.close();
  await db?.close();
  await collector.close();
  await admin(`drop database if exists "${databaseName}" with (force)`);
});

describe('the API and two workers as separate processes', () => {
  test('a worker killed mid-cycle: the other finishes the cycle, nothing lost or written twice', async () => {
    expect(await waitForJson(`${appUrl}/readyz`)).toMatchObject({
      checks: { database: { ok: true }, temporal: { ok: true }, worker: { ok: true } },
    });

    connection = await Connection.connect({ address: env.TEMPORAL_ADDRESS });
    db = createDb(databaseUrl, { max: 20, applicationName: 'thidua-ops-test' });
    const users = await db.db
      .select({ id: schema.users.id, username: schema.users.username })
      .from(schema.users);
    // What the driver needs of the workflow package's harness: a client, the accounts, the task queue.
    const harness = {
      client: new Client({ connection, namespace: env.TEMPORAL_NAMESPACE }),
      taskQueue,
      users: new Map(users.map((user) => [user.username, user.id])),
      api: db,
    } as unknown as Harness;
    const cycle = new CycleDriver(harness, { year: 2041, committee: { durationMs: 600_000 } });
    await cycle.start();
    await cycle.adoptAndSign();
    await cycle.registerAll();

    // Kill the worker the cycle sticks to (it completed the last workflow task of the run the
    // registration handed over to), with nine self-assessments in flight: no shutdown, no flush.
    const victimPid = await stickyWorkerPid(harness.client, cycle.workflowId);
    const victim = workers.find((worker) => worker.process.child.pid === victimPid)!;
    const survivor = workers.find((worker) => worker !== victim)!;
    expect(victim, `workflow tasks completed by pid ${victimPid}`).toBeDefined();
    const submissions = cycle.submitAll();
    await new Promise((resolve) => setTimeout(resolve, 300));
    victim.process.child.kill('SIGKILL');
    expect(await victim.process.exited).toBeNull();
    await submissions;
    expect((await cycle.state()).phase).toBe('review');

    // The API stays ready on the surviving worker.
    expect(await waitForJson(`${appUrl}/readyz`)).toMatchObject({ checks: { worker: { ok: true } } });

    // The rest of the cycle runs on worker B alone, to the end.
    await cycle.step('lockScores', 'head', {});
    await cycle.attendance();
    const flag = await cycle.open('provincialFlag');
    await cycle.vote(
      flag.roundId,
      Object.fromEntries(UNITS.map((unit) => [unit, [unit === 'u-snv' ? 'u-stp' : 'u-snv']])),
    );
    expect(await cycle.close(flag.roundId)).toMatchObject({ outcome: 'decided', electedIds: ['u-snv'] });
    expect(await cycle.finishYear('21/QĐ-UBND')).toBe('cycle:b-noichinh:2042');
    expect(await cycle.handle.result()).toMatchObject({ phase: 'closed' });
    expect(survivor.process.child.exitCode).toBeNull();
    // The history shows both: the killed worker ran the cycle first, the survivor took it over.
    const runIds = await runIdsOf(harness.client, cycle.workflowId);
    const completedBy = new Set(
      (
        await Promise.all(runIds.map((runId) => workflowTaskPids(harness.client, cycle.workflowId, runId)))
      ).flat(),
    );
    expect([...completedBy].sort()).toEqual([victimPid, survivor.process.child.pid].sort());

    // The projections: closed, every step written once, every document intact.
    const [row] = await db.db
      .select()
      .from(schema.cycles)
      .where(eq(schema.cycles.workflowId, cycle.workflowId));
    expect(row).toMatchObject({ phase: 'closed', status: 'closed' });
    const keys = await db.db.execute<{ total: number; distinct: number }>(
      sql`select count(*)::int as total, count(distinct idempotency_key)::int as distinct from audit_log where after ->> 'cycleId' = ${row!.id}`,
    );
    expect(keys.rows[0]!.total).toBeGreaterThan(30);
    expect(keys.rows[0]!.distinct).toBe(keys.rows[0]!.total);
    const documents = await db.db
      .select()
      .from(schema.documents)
      .where(eq(schema.documents.cycleId, row!.id));
    expect(documents.length).toBeGreaterThan(0);
    for (const document of documents) {
      expect(
        createHash('sha256')
          .update(document.bytes as Buffer)
          .digest('hex'),
      ).toBe(document.sha256);
    }

    // Metrics: the API's requests, and the Temporal runtime's own on the surviving worker.
    const apiMetrics = await (await fetch(`${appUrl}/metrics`)).text();
    expect(apiMetrics).toMatch(/http_requests_total\{method="GET",route="\/readyz",status="200"\} \d+/);
    const workerMetrics = await (await fetch(`http://127.0.0.1:${survivor.metricsPort}/metrics`)).text();
    expect(workerMetrics).toMatch(/temporal_workflow_task_execution_latency/);

    expect(await api.stop('SIGTERM')).toBe(0);
    expect(await survivor.process.stop('SIGTERM')).toBe(0);

    // Traces (flushed at the stop): API requests, and in the worker the workflow's own spans (through
    // the sink out of the sandbox) and the activities', all exported over OTLP.
    const traces = collector.traces();
    for (const text of [
      'thidua-api',
      'thidua-worker',
      'RunWorkflow:cycleWorkflow',
      'HandleUpdate:',
      'RunActivity:',
    ]) {
      expect(traces.includes(Buffer.from(text)), `a span with "${text}"`).toBe(true);
    }
  });
});
