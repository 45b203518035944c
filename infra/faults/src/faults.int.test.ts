import { createHash } from 'node:crypto';
import type {} from '@thidua/vitest-setup/context';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { apiClient } from './driver/client';
import { expectNothingLost, reported } from './expectations';
import { seedOrg } from './org/seed';
import { seededRandom } from './random';
import { type FaultRunOptions, type FaultRunResult, runFault } from './scenario';
import { components } from './stack/stack';
import { type OpenStack, openStack } from './test-stack';

// Killing PostgreSQL or Temporal must not touch the run's shared servers: this file starts its own.
const seed = Number(process.env.FAULT_SEED ?? Date.now() % 1_000_000);
let open: OpenStack;

beforeAll(async () => {
  open = await openStack('faults', { temporalCliPath: inject('temporalCliPath') });
  console.log(`[faults] seed ${seed} (FAULT_SEED=${seed} repeats these kill moments)`);
});

afterAll(() => open?.close());

async function run(options: Omit<FaultRunOptions, 'stack' | 'db' | 'temporal'>): Promise<FaultRunResult> {
  const { stack, db, temporal } = open;
  return reported(await runFault({ stack, db: db.db, temporal, blocs: 1, giveUpMs: 150_000, ...options }));
}

describe('a component SIGKILLed at a random moment of a cycle, then started again', () => {
  test.each(components.map((component, i) => [component, i] as const))(
    '%s: the cycle finishes, no submission, ballot or record lost or written twice',
    async (component, i) => {
      const result = await run({ component, prefix: `t${i}`, random: seededRandom(seed + i) });
      expectNothingLost(result);
    },
  );
});

/** A write transaction of the API is open (during the ballot steps: a ballot being cast). */
async function ballotTransactionOpen(): Promise<boolean> {
  const { rows } = await open.db.pool.query(
    "select 1 from pg_stat_activity where application_name = 'thidua-api' and backend_xid is not null and state <> 'idle'",
  );
  return rows.length > 0;
}

/** Every ballot of the run was accepted once (OK, or ALREADY_VOTED on a retry) and counted once. */
function expectEveryBallotCountedOnce(result: FaultRunResult, unitsPerBloc = 3): void {
  expectNothingLost(result);
  expect(result.killedDuring).toMatch(/^castBallot:/);
  const confirmed = result.confirmed.filter((c) => c.startsWith('castBallot:'));
  expect(confirmed.every((c) => c.endsWith('(ALREADY_VOTED)'))).toBe(true);
  // Four rounds, every unit votes in each: accepted outright or confirmed, never both, never neither.
  expect(result.ballots.accepted + confirmed.length).toBe(4 * unitsPerBloc * result.cycles);
}

// PostgreSQL alone accepts a ballot: one transaction writes the receipt, the re-sealed urn and the
// audit row, and its commit is the acceptance; the workflow hears of ballots only when the tally reads
// the receipts. A ballot in flight when something dies is refused with nothing written, or committed
// and counted; a retry of a committed ballot is answered ALREADY_VOTED. None is lost or counted twice.
describe('a ballot in flight when a component dies: stored and counted exactly once, or not at all', () => {
  test.each<[string, Pick<FaultRunOptions, 'component' | 'prefix' | 'killWhen' | 'outageMs'>]>([
    [
      'the worker is down longer than the API Update deadline (30 s): ballots need no worker, the close waits for it',
      { component: 'worker', prefix: 'tk', outageMs: 32_000 },
    ],
    [
      'the API is SIGKILLed while a ballot transaction is open: committed or rolled back, the retry settles it',
      { component: 'api', prefix: 'ta', killWhen: ballotTransactionOpen },
    ],
    [
      'PostgreSQL dies while a ballot transaction is open: committed or rolled back, the retry settles it',
      { component: 'postgres', prefix: 'tp', killWhen: ballotTransactionOpen },
    ],
  ])('%s', async (_, fault) => {
    expectEveryBallotCountedOnce(await run({ ...fault, random: seededRandom(seed), at: /^castBallot:/ }));
  });
});

test('a session that idled out is renewed by signing in again, and the call goes through', async () => {
  const org = await seedOrg(open.db.db, { prefix: 'ts', blocs: 1, unitsPerBloc: 3, year: 2050 });
  const { committee } = org;
  const seeded = committee.token;
  // Idle for longer than the API's 30 minutes, as the committee is until a long run's last steps.
  const sessionId = createHash('sha256').update(seeded, 'utf8').digest('hex');
  await open.db.pool.query("update sessions set last_seen_at = now() - interval '31 minutes' where id = $1", [
    sessionId,
  ]);
  // Two clients of one user (the committee acts for every bloc of a run): one sign-in between them.
  const [first, second] = await Promise.all(
    [1, 2].map(() => apiClient(open.stack.apiUrl, committee).auth.me.query()),
  );
  expect([first?.username, second?.username]).toEqual([committee.username, committee.username]);
  expect(committee.token).not.toBe(seeded);
  const { rows } = await open.db.pool.query(
    'select count(*)::int as n from sessions s join users u on u.id = s.user_id where u.username = $1 and s.id <> $2',
    [committee.username, sessionId],
  );
  expect(rows[0].n).toBe(1);
});
