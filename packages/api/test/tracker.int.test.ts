import type { ApiServices } from '@thidua/api';
import { upsertCycleProjection, upsertUnitStatuses } from '@thidua/db';
import { blocNames, unitNames, users } from '@thidua/db/schema';
import type { TestDatabase } from '@thidua/db/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { callerAs, callerFor, syntheticPrincipal } from './helpers/callers';
import { demoDatabase } from './helpers/database';
import { BLOC_HEAD_2023, MEMBERS, SECRETARIAT, unitOfficer } from './helpers/demo-users';
import { refused } from './helpers/errors';
import { BLOC, CYCLE_2022, CYCLE_2023, project2023InReview, projectMembers } from './helpers/fixtures';
import { testServices } from './helpers/temporal';

let database: TestDatabase;
let services: ApiServices;

const CODES: Record<string, string> = {
  'u-snv': 'SNV',
  'u-stp': 'STP',
  'u-ttt': 'TTT',
  'u-bchqs': 'BCHQS',
  'u-cat': 'CAT',
  'u-tand': 'TAND',
  'u-vksnd': 'VKSND',
  'u-thads': 'THADS',
  'u-qltt': 'QLTT',
};
const page = (limit = 50, offset = 0) => ({ limit, offset });
const board = async (input: Record<string, unknown> = {}) =>
  (await callerAs(services, SECRETARIAT)).tracker.list({ page: page(), ...input });

beforeAll(async () => {
  database = await demoDatabase('thidua_api_tracker');
  // The board reads projections only: no workflow is started here.
  services = testServices(database.db, null);
  const db = database.db;
  // 2023 in review: u-stp overdue (late on its response), u-cat extended, u-snv already answered.
  // 2022 is over (the seed leaves it to be entered from its records; here its projection says so).
  await upsertCycleProjection(db, { cycleId: CYCLE_2022, seq: 1, phase: 'closed', status: 'closed' });
  await project2023InReview(db, (unitId) => ({
    steps: {
      pact: { state: 'done', at: '2023-02-01T08:00:00+07:00' },
      registration: { state: 'done', at: '2023-02-20T08:00:00+07:00' },
      selfAssessment: { state: 'submitted', at: '2023-11-20T08:00:00+07:00', late: false },
      reviewResponse: {
        state: unitId === 'u-snv' ? 'done' : 'inProgress',
        ...(unitId === 'u-stp' ? { late: true } : {}),
      },
    },
    deadlines: {
      reviewResponse: {
        due: '2023-12-10',
        ...(unitId === 'u-cat' ? { extendedTo: '2023-12-20', reason: 'Gia hạn' } : {}),
      },
    },
    overdue: unitId === 'u-stp',
    latePenalty: unitId === 'u-stp' ? 0.5 : 0,
  }));
  await projectMembers(db, CYCLE_2022, () => ({
    steps: { reviewResponse: { state: 'done' } },
    deadlines: { reviewResponse: { due: '2022-12-10' } },
    overdue: false,
    latePenalty: 0,
  }));
  // Names are dated: the bloc took a new name in mid-2023; u-qltt's only name starts after the
  // cycles (a unit created later shows its first name).
  await db.update(blocNames).set({ validTo: '2023-05-31' }).where(eq(blocNames.blocId, BLOC));
  await db
    .insert(blocNames)
    .values({ blocId: BLOC, name: 'KHỐI THI ĐUA NỘI CHÍNH MỚI', validFrom: '2023-06-01' });
  await db
    .update(unitNames)
    .set({ validFrom: '2030-01-01' })
    .where(and(eq(unitNames.unitId, 'u-qltt')));
});

afterAll(async () => {
  await database?.drop();
});

describe('the deadline tracker', () => {
  test('a row carries what the board draws, nothing more', async () => {
    const { rows } = await board({ year: 2023, status: 'overdue' });
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual(
      [
        'allowedActions',
        'blocName',
        'cycleId',
        'done',
        'due',
        'overdue',
        'phase',
        'step',
        'steps',
        'unitId',
        'unitName',
        'year',
      ].sort(),
    );
    expect(rows[0]).toEqual({
      cycleId: CYCLE_2023,
      year: 2023,
      phase: 'review',
      blocName: 'KHỐI THI ĐUA NỘI CHÍNH MỚI',
      unitId: 'u-stp',
      unitName: 'Sở Tư pháp',
      step: 'reviewResponse',
      due: '2023-12-10',
      done: false,
      overdue: true,
      // Change timestamps stay home; a late mark is sent only when set.
      steps: {
        pact: { state: 'done' },
        registration: { state: 'done' },
        selfAssessment: { state: 'submitted' },
        reviewResponse: { state: 'inProgress', late: true },
      },
      // The secretariat may move the year's deadlines while it runs (in review, no extension) and
      // record or clear a case against a unit.
      allowedActions: ['moveDeadline', 'recordEligibilityCase', 'clearEligibilityCase'],
    });
  });

  test('overdue first, then by deadline (an extension wins), unit code and cycle; the total counts every row', async () => {
    const { rows, total } = await board();
    expect(total).toBe(2 * MEMBERS.length);
    const open2023 = MEMBERS.filter((u) => u !== 'u-stp' && u !== 'u-cat')
      .map((u) => CODES[u] as string)
      .sort();
    const closed2022 = MEMBERS.map((u) => CODES[u] as string).sort();
    expect(rows.map((r) => `${r.year}:${CODES[r.unitId]}`)).toEqual([
      '2023:STP',
      ...open2023.map((c) => `2023:${c}`),
      '2023:CAT',
      ...closed2022.map((c) => `2022:${c}`),
    ]);
    expect(rows.find((r) => r.unitId === 'u-cat' && r.year === 2023)?.due).toBe('2023-12-20');
    // A closed cycle waits for no step.
    expect(
      rows.filter((r) => r.year === 2022).every((r) => r.step === null && r.due === null && r.done),
    ).toBe(true);

    const desc = await board({ sort: 'unit', direction: 'desc' });
    expect(desc.rows[0]?.unitId).toBe('u-stp'); // overdue still first
    expect(desc.rows.slice(1, 3).map((r) => CODES[r.unitId])).toEqual(['VKSND', 'VKSND']);
  });

  test('pages keep the order and the total; a page past the end is empty but still counted', async () => {
    const all = (await board()).rows.map((r) => `${r.cycleId}:${r.unitId}`);
    const second = await board({ page: page(5, 5) });
    expect(second.total).toBe(all.length);
    expect(second.rows.map((r) => `${r.cycleId}:${r.unitId}`)).toEqual(all.slice(5, 10));
    const past = await board({ page: page(5, 100) });
    expect(past).toMatchObject({ total: all.length, rows: [], limit: 5, offset: 100 });
    expect((await board({ year: 2031 })).total).toBe(0);
  });

  test('status filters: overdue, pending, done', async () => {
    expect((await board({ status: 'overdue' })).total).toBe(1);
    const pending = await board({ status: 'pending' });
    expect(pending.total).toBe(MEMBERS.length - 1); // all of 2023 but u-snv, which answered
    expect(pending.rows.every((r) => !r.done && r.year === 2023)).toBe(true);
    const done = await board({ status: 'done' });
    expect(done.total).toBe(MEMBERS.length + 1);
    expect(done.rows.every((r) => r.done)).toBe(true);
  });

  test('names as they stood at the end of each cycle year', async () => {
    const { rows } = await board();
    const name = (unitId: string, year: number) => rows.find((r) => r.unitId === unitId && r.year === year);
    expect(name('u-thads', 2023)?.unitName).toBe('Cục Thi hành án dân sự tỉnh'); // renamed in 2025
    expect(name('u-qltt', 2023)?.unitName).toBe('Cục Quản lý thị trường tỉnh');
    expect(name('u-snv', 2022)?.blocName).toBe('KHỐI THI ĐUA NỘI CHÍNH');
    expect(name('u-snv', 2023)?.blocName).toBe('KHỐI THI ĐUA NỘI CHÍNH MỚI');
  });

  test('each caller sees only their reach', async () => {
    // Bloc roles rotate: head in 2023 and deputy in 2022 sees both years, head in 2022 only 2022.
    const head = await (await callerAs(services, BLOC_HEAD_2023)).tracker.list({ page: page() });
    expect(head.total).toBe(2 * MEMBERS.length);
    const head2022 = await (await callerAs(services, 'noivu.truongkhoi')).tracker.list({ page: page() });
    expect(head2022.total).toBe(MEMBERS.length);
    expect(head2022.rows.every((r) => r.cycleId === CYCLE_2022)).toBe(true);
    const [admin] = await database.db.select({ id: users.id }).from(users).where(eq(users.username, 'admin'));
    const elsewhere = callerFor(
      services,
      syntheticPrincipal(admin?.id as string, [
        { role: 'secretariat', scopeKind: 'province', provinceId: 'p-thainguyen' },
      ]),
    );
    expect(await elsewhere.tracker.list({ page: page() })).toMatchObject({ total: 0, rows: [] });
    await refused(
      (await callerAs(services, unitOfficer('u-stp'))).tracker.list({ page: page() }),
      'FORBIDDEN_ROLE',
    );
  });

  test('the same question is answered from memory until a write the board shows lands', async () => {
    const row2022 = (answer: Awaited<ReturnType<typeof board>>) =>
      answer.rows.find((r) => r.unitId === 'u-snv' && r.year === 2022);
    const first = await board();
    expect(await board()).toBe(first);

    const reopen = (seq: number, state: string) =>
      upsertUnitStatuses(database.db, [
        {
          cycleId: CYCLE_2022,
          unitId: 'u-snv',
          seq,
          steps: { reviewResponse: { state } } as never,
          deadlines: { reviewResponse: { due: '2022-12-10' } } as never,
          overdue: false,
          latePenalty: 0,
        },
      ]);
    await reopen(2, 'inProgress');
    const reopened = await board();
    expect(row2022(reopened)?.steps.reviewResponse?.state).toBe('inProgress');
    expect(reopened.total).toBe(first.total);

    // A corrected name reaches every board.
    const snv = eq(unitNames.unitId, 'u-snv');
    const names = await database.db.select().from(unitNames).where(snv);
    await database.db.update(unitNames).set({ name: 'Sở Nội vụ tỉnh (đã sửa)' }).where(snv);
    expect(row2022(await board())?.unitName).toBe('Sở Nội vụ tỉnh (đã sửa)');

    await reopen(3, 'done');
    for (const name of names)
      await database.db
        .update(unitNames)
        .set({ name: name.name })
        .where(and(snv, eq(unitNames.validFrom, name.validFrom)));
    const restored = await board();
    expect(row2022(restored)?.steps.reviewResponse?.state).toBe('done');
    expect(row2022(restored)?.unitName).toBe(row2022(first)?.unitName);
  });
});
