import type {} from '@thidua/vitest-setup/context';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import {
  appendAudit,
  assertApplicationRole,
  closeVoteRound,
  isMigrated,
  openVoteRound,
  recordBallot,
} from '../src';
import * as s from '../src/schema';
import { createTestDatabase, type TestDatabase } from '../src/testing';
import { databaseChecksum, insertMiniCycle, insertSignedDocument } from './fixtures';

let t: TestDatabase;
let roundId: string;

// Everything below is written by the application's role: the privileges are enough to run a round,
// issue and sign a record and keep the audit log.
beforeAll(async () => {
  t = await createTestDatabase(inject('databaseAdminUrl'));
  const app = t.appDb;
  const mini = await insertMiniCycle(app, { units: 3 });
  const [session] = await app
    .insert(s.conferenceSessions)
    .values({ cycleId: mini.cycleId, heldOn: '2024-12-20' })
    .returning({ id: s.conferenceSessions.id });
  const sessionId = session?.id as string;
  await app
    .insert(s.attendance)
    .values(mini.unitIds.map((unitId) => ({ sessionId, unitId, mode: 'present' as const })));
  const [u1, u2, u3] = mini.unitIds as [string, string, string];
  const open = () =>
    app.transaction((tx) =>
      openVoteRound(tx, {
        sessionId,
        voteKind: 'provincialFlag',
        rule: mini.ruleSet.votes.provincialFlag,
        candidates: [{ unitId: u1 }, { unitId: u2 }],
        ballotsIssued: 3,
      }),
    );
  roundId = await open();
  // Two casts: the second re-seals the urn (DELETE + INSERT of every ballot of the round).
  for (const unitId of [u1, u3]) {
    const choices = { kind: 'choices' as const, candidateIds: [u2] };
    await app.transaction((tx) => recordBallot(tx, { roundId, unitId, choices }));
  }
  await app.transaction((tx) => closeVoteRound(tx, { roundId }));
  await appendAudit(app, { action: 'test.seed', entity: 'cycle', entityId: mini.cycleId, after: {} });
  await app.transaction((tx) => insertSignedDocument(tx, mini, 'c'.repeat(64)));
});
afterAll(() => t?.drop());

/** As the application: the statement is refused for lack of privilege and nothing changes. */
async function expectDenied(statement: string) {
  const before = await databaseChecksum(t.db);
  const error = await t.appDb.execute(sql.raw(statement)).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, statement).toMatchObject({ cause: { code: '42501' } });
  expect(await databaseChecksum(t.db)).toEqual(before);
}

describe('the application role owns nothing', () => {
  test('it wrote the round, the records and the audit log above, and reads the migration journal', async () => {
    const [audit] = await t.appDb.select({ n: sql<number>`count(*)::int` }).from(s.auditLog);
    const [ballots] = await t.appDb.select({ n: sql<number>`count(*)::int` }).from(s.ballots);
    const [scans] = await t.appDb.select({ n: sql<number>`count(*)::int` }).from(s.signedScans);
    expect([audit?.n, ballots?.n, scans?.n]).toEqual([1, 2, 1]);
    expect(await isMigrated(t.appDb)).toBe(true);
  });

  test.each([
    'alter table audit_log disable trigger all',
    'alter table audit_log disable trigger audit_log_no_update_delete',
    'drop trigger audit_log_no_update_delete on audit_log',
    'alter table documents disable trigger documents_guard',
    'alter table ballots disable trigger user',
    'truncate audit_log',
    'truncate documents cascade',
    'alter table audit_log add column note text',
    'drop table signed_scans cascade',
    'create or replace function audit_log_append_only() returns trigger language plpgsql as $$ begin return null; end $$',
    'set session_replication_role = replica',
    'set role postgres',
    // Append-only rows: never changed or removed in place.
    'update audit_log set action = action',
    'delete from audit_log',
    'update signed_scans set file_name = file_name',
    'delete from signed_scans',
    'update ballot_receipts set unit_id = unit_id',
    'delete from ballot_receipts',
    'update ballots set valid = valid',
    'delete from documents',
    'delete from vote_rounds',
  ])('cannot change the guards nor rewrite history: %s', async (statement) => {
    await expectDenied(statement);
  });

  test('a table a later migration adds gets the same privileges by default', async () => {
    await t.db.execute(sql`create table later_added (id int primary key, note text)`);
    try {
      await t.appDb.execute(sql`insert into later_added values (1, 'a')`);
      await t.appDb.execute(sql`update later_added set note = 'b'`);
      await t.appDb.execute(sql`delete from later_added`);
      await expectDenied('alter table later_added add column more text');
    } finally {
      await t.db.execute(sql`drop table later_added`);
    }
  });

  test('the runtime refuses an application URL that owns the tables or is a superuser', async () => {
    await expect(assertApplicationRole(t.appUrl, 'DATABASE_URL')).resolves.toBeUndefined();
    await expect(assertApplicationRole(t.url, 'DATABASE_URL')).rejects.toThrow(/DATABASE_URL.*superuser/);
  });
});
