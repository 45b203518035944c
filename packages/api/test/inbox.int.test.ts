import type { ApiServices } from '@thidua/api';
import { cycles, dossiers } from '@thidua/db/schema';
import type { TestDatabase } from '@thidua/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { callerAs } from './helpers/callers';
import { demoDatabase } from './helpers/database';
import {
  BLOC_DEPUTY_2023,
  BLOC_HEAD_2023,
  COMMITTEE,
  MEMBERS,
  SECRETARIAT,
  unitHead,
  unitOfficer,
} from './helpers/demo-users';
import { CYCLE_2022, CYCLE_2023, project2023InReview } from './helpers/fixtures';
import { testServices } from './helpers/temporal';

let database: TestDatabase;
let services: ApiServices;
const NOW = Date.parse('2023-12-15T03:00:00Z');

beforeAll(async () => {
  database = await demoDatabase('thidua_api_inbox');
  // The inbox reads projections only: no workflow is started here.
  services = testServices(database.db, null, { clock: () => new Date(NOW) });
  const db = database.db;
  await project2023InReview(db, (unitId) => ({
    steps: { selfAssessment: { state: 'submitted' }, reviewResponse: { state: 'inProgress' } },
    deadlines: { reviewResponse: { due: unitId === 'u-cat' ? '2023-12-20' : '2023-12-10' } },
    overdue: unitId !== 'u-cat',
    latePenalty: 0,
  }));
  await db.insert(dossiers).values({
    cycleId: CYCLE_2022,
    status: 'received',
    submittedAt: new Date('2023-01-10T03:00:00Z'),
    receivedAt: new Date('2023-01-11T03:00:00Z'),
    dueDate: '2023-02-20',
  });
});

afterAll(async () => {
  await database?.drop();
});

const kinds = (tasks: { kind: string; cycleId: string }[]) => tasks.map((t) => `${t.kind}:${t.cycleId}`);

describe('the task inbox', () => {
  test('the secretariat follows up overdue units and the dossiers received', async () => {
    const tasks = await (await callerAs(services, SECRETARIAT)).inbox.list();
    expect(kinds(tasks).sort()).toEqual(
      [`followUpOverdue:${CYCLE_2023}`, `reviewDossier:${CYCLE_2022}`].sort(),
    );
    expect(tasks.find((t) => t.kind === 'followUpOverdue')).toMatchObject({
      title: `${MEMBERS.length - 1} đơn vị quá hạn`,
      due: null,
      overdue: false,
    });
    // A past due date is overdue, and overdue tasks come first.
    expect(tasks[0]).toMatchObject({ kind: 'reviewDossier', due: '2023-02-20', overdue: true });
  });

  test('the committee sees the dossiers only', async () => {
    const tasks = await (await callerAs(services, COMMITTEE)).inbox.list();
    expect(kinds(tasks)).toEqual([`reviewDossier:${CYCLE_2022}`]);
  });

  test('the bloc head closes the review once no sheet waits; the deputy has nothing to do', async () => {
    const head = await (await callerAs(services, BLOC_HEAD_2023)).inbox.list();
    expect(kinds(head)).toEqual([`lockScores:${CYCLE_2023}`]);
    expect(await (await callerAs(services, BLOC_DEPUTY_2023)).inbox.list()).toEqual([]);
  });

  test('a unit head answers the review by its own deadline; an officer has nothing to do', async () => {
    const late = await (await callerAs(services, unitHead('u-stp'))).inbox.list();
    expect(late).toEqual([
      expect.objectContaining({ kind: 'respondToReview', unitId: 'u-stp', due: '2023-12-10', overdue: true }),
    ]);
    const extended = await (await callerAs(services, unitHead('u-cat'))).inbox.list();
    expect(extended).toEqual([
      expect.objectContaining({ kind: 'respondToReview', due: '2023-12-20', overdue: false }),
    ]);
    expect(await (await callerAs(services, unitOfficer('u-stp'))).inbox.list()).toEqual([]);
  });

  test('once the bloc has moved past the units’ steps, the secretariat chases no overdue unit', async () => {
    await database.db.update(cycles).set({ phase: 'decided' }).where(eq(cycles.id, CYCLE_2023));
    const tasks = await (await callerAs(services, SECRETARIAT)).inbox.list();
    expect(kinds(tasks)).toEqual([`reviewDossier:${CYCLE_2022}`]);
  });
});
