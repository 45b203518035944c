import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { schema } from '@thidua/db';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CycleDriver, UNITS } from './support/cycle-driver';
import { createHarness, type Harness } from './support/harness';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const script = fileURLToPath(new URL('./support/worker-process.ts', import.meta.url));

let h: Harness;
let tmp: string;
let bundlePath: string;
const children = new Set<ChildProcess>();

beforeAll(async () => {
  h = await createHarness('kill');
  tmp = mkdtempSync(path.join(os.tmpdir(), 'thidua-bundle-'));
  bundlePath = path.join(tmp, 'workflow-bundle.js');
  writeFileSync(bundlePath, h.bundle.code);
});
afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await h?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** A worker process; resolves once it polls. */
function startWorker(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: packageDir,
    env: {
      ...process.env,
      TEMPORAL_ADDRESS: h.address,
      TEMPORAL_NAMESPACE: h.namespace,
      TASK_QUEUE: h.taskQueue,
      DATABASE_URL: h.database.url,
      BUNDLE_PATH: bundlePath,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let stderr = '';
  child.stderr?.on('data', (d) => {
    stderr += String(d);
  });
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (d) => {
      if (String(d).includes('WORKER_READY')) resolve(child);
    });
    child.once('exit', (code, signal) =>
      reject(new Error(`worker exited (${code ?? signal}) before ready: ${stderr}`)),
    );
  });
}

function kill(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => {
      children.delete(child);
      resolve();
    });
    child.kill('SIGKILL');
  });
}

describe('a worker killed in the middle of the conference', () => {
  test('no ballot is lost or counted twice, and the cycle completes', async () => {
    const c = new CycleDriver(h, { year: 2036, committee: { durationMs: 600_000 } });
    let worker = await startWorker();
    await c.start();
    await c.toConference();
    await c.attendance();
    const flag = await c.open('provincialFlag');

    // Four units vote, then the worker process dies (SIGKILL: no shutdown, no flush).
    await c.vote(flag.roundId, {
      'u-snv': ['u-stp'],
      'u-stp': ['u-snv'],
      'u-ttt': ['u-snv'],
      'u-bchqs': ['u-snv'],
    });
    await kill(worker);
    // Four more vote while no worker runs: a ballot needs none, PostgreSQL's commit accepts it.
    await c.vote(flag.roundId, {
      'u-cat': ['u-snv'],
      'u-tand': ['u-stp'],
      'u-vksnd': ['u-snv'],
      'u-thads': ['u-snv'],
    });
    const receipts = () =>
      h.api.db
        .execute(sql`select count(*)::int as n from ballot_receipts where round_id = ${flag.roundId}`)
        .then((r) => (r.rows[0] as { n: number }).n);
    expect(await receipts()).toBe(8);

    worker = await startWorker();
    await c.vote(flag.roundId, { 'u-qltt': ['u-snv'] });

    const result = await c.close(flag.roundId);
    expect(result).toMatchObject({ outcome: 'decided', electedIds: ['u-snv'] });

    const s = await c.state();
    const round = s.rounds.find((r) => r.id === flag.roundId);
    expect(round?.result).toMatchObject({ ballotsReceived: 9, validBallots: 9, missingVoters: [] });
    expect(round?.result?.votes.map((v) => [v.unitId, v.votes]).filter(([, n]) => n !== 0)).toEqual([
      ['u-snv', 7],
      ['u-stp', 2],
    ]);
    expect([...(round?.voters ?? [])].sort()).toEqual([...UNITS].sort());
    const stored = await h.api.db.execute(
      sql`select (select count(*) from ballots where round_id = ${flag.roundId})::int as ballots, (select count(*) from ballot_receipts where round_id = ${flag.roundId})::int as receipts`,
    );
    expect(stored.rows[0]).toEqual({ ballots: 9, receipts: 9 });
    const audits = await h.api.db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.action, 'ballot.cast'), eq(schema.auditLog.entityId, flag.roundId)));
    expect(audits).toHaveLength(9);

    // The rest of the cycle runs on the restarted worker, to the end.
    expect(await c.finishYear('12/QĐ-UBND')).toBe('cycle:b-noichinh:2037');
    expect(await c.handle.result()).toMatchObject({ phase: 'closed' });
    await kill(worker);
  });
});
