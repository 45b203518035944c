import { tallyRound } from '@thidua/domain';
import type {} from '@thidua/vitest-setup/context';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { closeVoteRound, loadTallyInput, openVoteRound, recordBallot, recordWrittenOpinion } from '../src';
import * as s from '../src/schema';
import { createTestDatabase, type TestDatabase } from '../src/testing';
import { insertMiniCycle } from './fixtures';

let t: TestDatabase;
let mini: Awaited<ReturnType<typeof insertMiniCycle>>;
let sessions = 0;

beforeAll(async () => {
  t = await createTestDatabase(inject('databaseAdminUrl'));
  mini = await insertMiniCycle(t.db, { units: 9 });
});
afterAll(() => t?.drop());

/** A new conference session (all members present) with one open round. */
async function open(voteKind: 'provincialFlag' | 'certificateOfMerit' = 'provincialFlag') {
  sessions += 1;
  const [session] = await t.db
    .insert(s.conferenceSessions)
    .values({ cycleId: mini.cycleId, sessionNumber: sessions, heldOn: '2024-12-20' })
    .returning({ id: s.conferenceSessions.id });
  const sessionId = session?.id as string;
  await t.db
    .insert(s.attendance)
    .values(mini.unitIds.map((unitId) => ({ sessionId, unitId, mode: 'present' as const })));
  return t.db.transaction((tx) =>
    openVoteRound(tx, {
      sessionId,
      voteKind,
      rule: mini.ruleSet.votes[voteKind],
      candidates: mini.unitIds.map((unitId) => ({ unitId })),
      ballotsIssued: mini.unitIds.length,
    }),
  );
}

describe('ballot secrecy', () => {
  test('schema: ballots have no voter column and share no key or FK with receipts', async () => {
    const columns = await t.db.execute<{ table_name: string; column_name: string; data_type: string }>(sql`
      select table_name, column_name, data_type from information_schema.columns
      where table_schema = 'public' and table_name in ('ballots', 'ballot_receipts') order by table_name, ordinal_position`);
    const of = (table: string) => columns.rows.filter((c) => c.table_name === table);
    expect(of('ballots').map((c) => c.column_name)).toEqual([
      'id',
      'round_id',
      'choices',
      'valid',
      'invalid_reason',
    ]);
    expect(of('ballot_receipts').map((c) => c.column_name)).toEqual(['round_id', 'unit_id']);
    // No timestamps, no serials, nothing that orders rows in time.
    for (const c of columns.rows) expect(c.data_type).not.toMatch(/time|date|serial/);
    const defaults = await t.db.execute<{ column_default: string | null }>(sql`
      select column_default from information_schema.columns
      where table_schema = 'public' and table_name in ('ballots', 'ballot_receipts') and column_default is not null`);
    expect(defaults.rows.map((d) => d.column_default)).toEqual(['gen_random_uuid()']);

    // Every FK from or to the two tables: ballots → vote_rounds only; receipts → vote_rounds, units.
    const fks = await t.db.execute<{ from_table: string; to_table: string; columns: string }>(sql`
      select c.conrelid::regclass::text as from_table, c.confrelid::regclass::text as to_table,
             (select string_agg(a.attname, ',') from pg_attribute a where a.attrelid = c.conrelid and a.attnum = any(c.conkey)) as columns
      from pg_constraint c where c.contype = 'f'
        and (c.conrelid in ('ballots'::regclass, 'ballot_receipts'::regclass) or c.confrelid in ('ballots'::regclass, 'ballot_receipts'::regclass))
      order by 1, 2`);
    expect(fks.rows).toEqual([
      { from_table: 'ballot_receipts', to_table: 'units', columns: 'unit_id' },
      { from_table: 'ballot_receipts', to_table: 'vote_rounds', columns: 'round_id' },
      { from_table: 'ballots', to_table: 'vote_rounds', columns: 'round_id' },
    ]);
    // No view, trigger or function body mentions both tables.
    const objects = await t.db.execute<{ n: string }>(sql`
      select count(*) as n from (
        select definition as body from pg_views where schemaname = 'public'
        union all select prosrc from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = 'public'
      ) x where body ilike '%ballots%' and body ilike '%ballot_receipts%'`);
    expect(Number(objects.rows[0]?.n)).toBe(0);
  });

  test('casting re-seals the urn: system columns (xmin, ctid) do not link a ballot to its receipt', async () => {
    const roundId = await open();
    const votes = mini.unitIds.map((unitId, i) => ({ unitId, choice: mini.unitIds[i % 3] as string }));
    const cast = (v: (typeof votes)[number]) =>
      t.db.transaction((tx) =>
        recordBallot(tx, {
          roundId,
          unitId: v.unitId,
          choices: { kind: 'choices', candidateIds: [v.choice] },
        }),
      );
    const idsOf = async () =>
      new Set(
        (
          await t.db.execute<{ id: string }>(sql`select id::text from ballots where round_id = ${roundId}`)
        ).rows.map((b) => b.id),
      );
    for (const v of votes.slice(0, -1)) await cast(v);
    const idsBeforeLast = await idsOf();
    await cast(votes.at(-1) as (typeof votes)[number]);
    // Every cast redraws all ids of the round: no id survives, so an id seen earlier identifies nothing.
    const idsAfterLast = await idsOf();
    expect([...idsBeforeLast].filter((id) => idsAfterLast.has(id))).toEqual([]);

    const ballots = await t.db.execute<{ xmin: string }>(
      sql`select xmin::text from ballots where round_id = ${roundId} order by ctid`,
    );
    const receipts = await t.db.execute<{ xmin: string }>(
      sql`select xmin::text from ballot_receipts where round_id = ${roundId} order by ctid`,
    );
    expect(ballots.rows).toHaveLength(votes.length);
    // All ballots of the round share one xmin (the last cast), so an xmin join links all or none.
    expect(new Set(ballots.rows.map((b) => b.xmin)).size).toBe(1);
    expect(new Set(receipts.rows.map((r) => r.xmin)).size).toBe(votes.length);
    const joined = await t.db.execute<{ n: string }>(sql`
      select count(*) as n from ballots b join ballot_receipts r on r.xmin = b.xmin and r.round_id = b.round_id
      where b.round_id = ${roundId}`);
    expect([0, votes.length]).toContain(Number(joined.rows[0]?.n));

    // A cast in another round leaves this round's urn alone.
    const second = await open('certificateOfMerit');
    await t.db.transaction((tx) =>
      recordBallot(tx, { roundId: second, unitId: mini.unitIds[0] as string, choices: { kind: 'blank' } }),
    );
    expect(await idsOf()).toEqual(idsAfterLast);

    // The tally reads the stored ballots: 3 choices × 3 votes each.
    const tally = tallyRound(await loadTallyInput(t.db, roundId));
    expect(tally.validBallots).toBe(votes.length);
    expect(tally.candidates.slice(0, 3).map((c) => c.votes)).toEqual([3, 3, 3]);
  });

  test("a round's urn is reached through its index, not by reading every year's ballots", async () => {
    // A test table is too small for the planner to prefer an index on its own: price scans out.
    const plans = await t.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      const explain = (statement: ReturnType<typeof sql>) =>
        tx.execute<{ 'QUERY PLAN': string }>(sql`explain ${statement}`);
      return [
        await explain(sql`select choices from ballots where round_id = 'r'`),
        await explain(sql`delete from ballots where round_id = 'r'`),
      ];
    });
    for (const plan of plans) {
      const text = plan.rows.map((r) => r['QUERY PLAN']).join('\n');
      expect(text).toContain('ballots_round_idx');
      expect(text).not.toContain('Seq Scan');
    }
  });

  test('refusals: closed round, non-member, written opinion when not allowed', async () => {
    const roundId = await open();
    await t.db.transaction((tx) => closeVoteRound(tx, { roundId }));
    await expect(
      t.db.transaction((tx) =>
        recordBallot(tx, { roundId, unitId: mini.unitIds[0] as string, choices: { kind: 'blank' } }),
      ),
    ).rejects.toMatchObject({ code: 'ROUND_CLOSED' });

    const other = await insertMiniCycle(t.db);
    const live = await open();
    await expect(
      t.db.transaction((tx) =>
        recordBallot(tx, { roundId: live, unitId: other.unitIds[0] as string, choices: { kind: 'blank' } }),
      ),
    ).rejects.toMatchObject({ code: 'NOT_A_MEMBER' });
    if (!mini.ruleSet.votes.provincialFlag.writtenOpinionsOfAbsentAllowed) {
      await expect(
        t.db.transaction((tx) =>
          recordWrittenOpinion(tx, {
            roundId: live,
            unitId: mini.unitIds[0] as string,
            choices: { kind: 'blank' },
          }),
        ),
      ).rejects.toMatchObject({ code: 'WRITTEN_OPINIONS_NOT_ALLOWED' });
    }
    const [row] = await t.db
      .execute<{ n: string }>(sql`select count(*) as n from ballots where round_id = ${live}`)
      .then((r) => r.rows);
    expect(Number(row?.n)).toBe(0);
  });
});
