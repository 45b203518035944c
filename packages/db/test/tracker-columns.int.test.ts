import type {} from '@thidua/vitest-setup/context';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { boardVersion, upsertCycleProjection, upsertUnitStatuses } from '../src';
import * as s from '../src/schema';
import { createTestDatabase, type TestDatabase } from '../src/testing';
import { insertMiniCycle } from './fixtures';

let t: TestDatabase;
let mini: Awaited<ReturnType<typeof insertMiniCycle>>;

beforeAll(async () => {
  t = await createTestDatabase(inject('databaseAdminUrl'));
  mini = await insertMiniCycle(t.db, { units: 2, year: 2025 });
});
afterAll(() => t?.drop());

const tracked = async () =>
  t.db
    .select({
      unitId: s.cycleUnitStatus.unitId,
      provinceId: s.cycleUnitStatus.provinceId,
      blocId: s.cycleUnitStatus.blocId,
      year: s.cycleUnitStatus.year,
      unitCode: s.cycleUnitStatus.unitCode,
      step: s.cycleUnitStatus.currentStep,
      due: s.cycleUnitStatus.due,
      done: s.cycleUnitStatus.done,
    })
    .from(s.cycleUnitStatus)
    .where(eq(s.cycleUnitStatus.cycleId, mini.cycleId))
    .orderBy(s.cycleUnitStatus.unitId);

const unitRow = (unitId: string, seq: number, steps: object, deadlines: object) => ({
  cycleId: mini.cycleId,
  unitId,
  seq,
  steps: steps as never,
  deadlines: deadlines as never,
  overdue: false,
  latePenalty: 0,
});

describe("the tracker's columns follow the projection", () => {
  test('placement and sort key on insert; step, due and done from the phase, the JSON and an extension', async () => {
    const [u1, u2] = mini.unitIds as [string, string];
    await upsertCycleProjection(t.db, { cycleId: mini.cycleId, seq: 1, phase: 'registration' });
    const deadlines = { registration: { due: '2025-03-31' }, selfAssessment: { due: '2025-10-15' } };
    await upsertUnitStatuses(t.db, [
      unitRow(u1, 2, { registration: { state: 'done' }, selfAssessment: { state: 'notStarted' } }, deadlines),
      unitRow(
        u2,
        2,
        { registration: { state: 'inProgress' }, selfAssessment: { state: 'notStarted' } },
        {
          ...deadlines,
          registration: { due: '2025-03-31', extendedTo: '2025-04-10' },
        },
      ),
    ]);
    const placed = { provinceId: mini.provinceId, blocId: mini.blocId, year: 2025 };
    expect(await tracked()).toEqual([
      { unitId: u1, ...placed, unitCode: 'U1', step: 'registration', due: '2025-03-31', done: true },
      { unitId: u2, ...placed, unitCode: 'U2', step: 'registration', due: '2025-04-10', done: false },
    ]);

    // A stale write (lower seq) leaves the row and its columns as they were.
    await upsertUnitStatuses(t.db, [unitRow(u2, 1, { registration: { state: 'done' } }, deadlines)]);
    expect((await tracked())[1]).toMatchObject({ due: '2025-04-10', done: false });

    // The phase moves on with no unit written: every unit's row follows it.
    await upsertCycleProjection(t.db, { cycleId: mini.cycleId, seq: 3, phase: 'selfAssessment' });
    expect((await tracked()).map((r) => [r.step, r.due, r.done])).toEqual([
      ['selfAssessment', '2025-10-15', false],
      ['selfAssessment', '2025-10-15', false],
    ]);
    await upsertUnitStatuses(t.db, [unitRow(u1, 4, { selfAssessment: { state: 'submitted' } }, deadlines)]);
    expect((await tracked())[0]).toMatchObject({ step: 'selfAssessment', done: true });

    // A phase that waits for no unit step: nothing due, nothing left to do.
    await upsertCycleProjection(t.db, { cycleId: mini.cycleId, seq: 5, phase: 'conference' });
    expect((await tracked()).map((r) => [r.step, r.due, r.done])).toEqual([
      [null, null, true],
      [null, null, true],
    ]);

    // A unit's code is its sort key: a corrected code reaches its status rows.
    await t.db.update(s.units).set({ code: 'U1-A' }).where(eq(s.units.id, u1));
    expect((await tracked())[0]?.unitCode).toBe('U1-A');
  });

  test("the province's default page is read in the order of its board index", async () => {
    // A test table is too small for the planner to prefer an index on its own: with scans and sorts
    // priced out, a plan still holds a Sort exactly when no index gives the page's order.
    const plan = await t.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      await tx.execute(sql`set local enable_sort = off`);
      return tx.execute<{ 'QUERY PLAN': string }>(
        sql`explain select cycle_id from cycle_unit_status where province_id = ${mini.provinceId}
            order by overdue desc nulls last, due asc nulls last, unit_code asc, cycle_id asc limit 50`,
      );
    });
    const text = plan.rows.map((r) => r['QUERY PLAN']).join('\n');
    expect(text).toContain('cycle_unit_status_province_board_idx');
    expect(text).not.toMatch(/\bSort\b/);
  });
});

describe("the board's version moves in the transaction of every write the board shows", () => {
  const statusRow = (cycleId: string, unitId: string, seq: number, state: string) => ({
    cycleId,
    unitId,
    seq,
    steps: { registration: { state } } as never,
    deadlines: { registration: { due: '2026-03-31' } } as never,
    overdue: false,
    latePenalty: 0,
  });

  test('status rows, phases, members and names move it; a stale write and another province do not', async () => {
    const here = await insertMiniCycle(t.db, { units: 2, year: 2026 });
    const elsewhere = await insertMiniCycle(t.db, { units: 1, year: 2026 });
    const [u1, u2] = here.unitIds as [string, string];
    const row = (unitId: string, seq: number, state: string) => statusRow(here.cycleId, unitId, seq, state);
    const versions = async () => ({
      here: await boardVersion(t.db, [here.provinceId]),
      elsewhere: await boardVersion(t.db, [elsewhere.provinceId]),
      country: await boardVersion(t.db, null),
    });
    // Every step below must move `here` and the country's version, and leave the other province's.
    const expectMoved = async (write: () => Promise<unknown>, moves: { elsewhere: boolean }) => {
      const before = await versions();
      await write();
      const after = await versions();
      expect(after.here).not.toBe(before.here);
      expect(after.country).not.toBe(before.country);
      if (moves.elsewhere) expect(after.elsewhere).not.toBe(before.elsewhere);
      else expect(after.elsewhere).toBe(before.elsewhere);
    };

    await expectMoved(() => upsertUnitStatuses(t.db, [row(u1, 2, 'inProgress'), row(u2, 2, 'inProgress')]), {
      elsewhere: false,
    });
    await expectMoved(() => upsertUnitStatuses(t.db, [row(u1, 3, 'done')]), { elsewhere: false });
    await expectMoved(
      () => upsertCycleProjection(t.db, { cycleId: here.cycleId, seq: 4, phase: 'selfAssessment' }),
      { elsewhere: false },
    );
    await expectMoved(() => t.db.delete(s.blocMemberships).where(eq(s.blocMemberships.unitId, u2)), {
      elsewhere: false,
    });
    // A name shows wherever its unit has years: every board moves.
    await expectMoved(
      () => t.db.insert(s.unitNames).values({ unitId: u1, name: 'Đơn vị đổi tên', validFrom: '2026-06-01' }),
      { elsewhere: true },
    );

    // A write the projection refuses (an older sequence number) changes no row and no version.
    const before = await versions();
    await upsertUnitStatuses(t.db, [row(u1, 1, 'notStarted')]);
    expect(await versions()).toEqual(before);
    // Nor does one rolled back with its transaction.
    await expect(
      t.db.transaction(async (tx) => {
        await upsertUnitStatuses(tx, [row(u1, 9, 'inProgress')]);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await versions()).toEqual(before);
  });

  test("steps of one province do not wait for each other's transactions: the counter moves as each commits", async () => {
    const here = await insertMiniCycle(t.db, { units: 2, year: 2026 });
    const [u1, u2] = here.unitIds as [string, string];
    const version = () => boardVersion(t.db, [here.provinceId]);
    const start = await version();
    let whileFirstOpen = '';
    await t.db.transaction(async (first) => {
      await upsertUnitStatuses(first, [statusRow(here.cycleId, u1, 2, 'inProgress')]);
      await upsertCycleProjection(first, { cycleId: here.cycleId, seq: 2, phase: 'registration' });
      // Another step of the province writes and commits while the first is still open.
      await t.db.transaction(async (second) => {
        await second.execute(sql`set local lock_timeout = '2s'`);
        await upsertUnitStatuses(second, [statusRow(here.cycleId, u2, 2, 'inProgress')]);
      });
      whileFirstOpen = await version();
    });
    expect(whileFirstOpen).not.toBe(start);
    expect(await version()).not.toBe(whileFirstOpen);
  });
});
