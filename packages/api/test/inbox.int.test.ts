import type { ApiServices } from '@thidua/api';
import { cycles, dossiers } from '@thidua/db/schema';
import type { TestDatabase } from '@thidua/db/testing';
import { steps } from '@thidua/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { firstAnswers } from '../src/http/first-answers';
import { transformer } from '../src/transformer';
import { callerAs, principalOf } from './helpers/callers';
import { demoDatabase } from './helpers/database';
import * as people from './helpers/demo-users';
import { CYCLE_2022, CYCLE_2023, project2023InReview, projectStartedCycle } from './helpers/fixtures';
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
  // Last year's dossier is with UBND.
  await projectStartedCycle(db, CYCLE_2022, 'committeeReview');
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
    const tasks = await (await callerAs(services, people.SECRETARIAT)).inbox.list();
    expect(kinds(tasks).sort()).toEqual(
      [`followUpOverdue:${CYCLE_2023}`, `acceptProposal:${CYCLE_2022}`].sort(),
    );
    expect(tasks.find((t) => t.kind === 'followUpOverdue')).toMatchObject({
      title: `${people.MEMBERS.length - 1} đơn vị quá hạn`,
      due: null,
      overdue: false,
    });
    // A past due date is overdue, and overdue tasks come first.
    expect(tasks[0]).toMatchObject({ kind: 'acceptProposal', due: '2023-02-20', overdue: true });
  });

  test('the committee sees the dossiers only', async () => {
    const tasks = await (await callerAs(services, people.COMMITTEE)).inbox.list();
    expect(kinds(tasks)).toEqual([`acceptProposal:${CYCLE_2022}`]);
  });

  test('the bloc head closes the review once no sheet waits; the deputy has nothing to do', async () => {
    const head = await (await callerAs(services, people.BLOC_HEAD_2023)).inbox.list();
    expect(kinds(head)).toEqual([`lockScores:${CYCLE_2023}`]);
    expect(await (await callerAs(services, people.BLOC_DEPUTY_2023)).inbox.list()).toEqual([]);
  });

  test('a unit head answers the review by its own deadline; an officer has nothing to do', async () => {
    const late = await (await callerAs(services, people.unitHead('u-stp'))).inbox.list();
    expect(late).toEqual([
      expect.objectContaining({ kind: 'respondToReview', unitId: 'u-stp', due: '2023-12-10', overdue: true }),
    ]);
    const extended = await (await callerAs(services, people.unitHead('u-cat'))).inbox.list();
    expect(extended).toEqual([
      expect.objectContaining({ kind: 'respondToReview', due: '2023-12-20', overdue: false }),
    ]);
    expect(await (await callerAs(services, people.unitOfficer('u-stp'))).inbox.list()).toEqual([]);
  });

  test("a step's task carries the registry's title and screen", async () => {
    const [task] = await (await callerAs(services, people.BLOC_HEAD_2023)).inbox.list();
    expect(task).toMatchObject({ title: steps.lockScores.task.title, screen: 'review' });
  });

  test('once the year is decided, no overdue unit and no step of an earlier phase is left to do', async () => {
    await database.db.update(cycles).set({ phase: 'decided' }).where(eq(cycles.id, CYCLE_2023));
    const secretariat = await (await callerAs(services, people.SECRETARIAT)).inbox.list();
    expect(kinds(secretariat)).toEqual([`acceptProposal:${CYCLE_2022}`]);
    expect(await (await callerAs(services, people.BLOC_HEAD_2023)).inbox.list()).toEqual([]);
    expect(await (await callerAs(services, people.unitHead('u-stp'))).inbox.list()).toEqual([]);
  });
});

describe('years not started', () => {
  test('a planned year whose calendar year has come is the secretariat’s to start, due by its first date', async () => {
    await database.db
      .update(cycles)
      .set({ phase: 'setup', startedAt: null })
      .where(eq(cycles.id, CYCLE_2023));
    const [row] = await database.db.select().from(cycles).where(eq(cycles.id, CYCLE_2023));
    const first = [row?.calendar.registrationDue, row?.calendar.pactSigningDate].sort()[0];
    const secretariat = await (await callerAs(services, people.SECRETARIAT)).inbox.list();
    expect(secretariat).toContainEqual(
      expect.objectContaining({
        kind: 'startCycle',
        cycleId: CYCLE_2023,
        title: steps.startCycle.task.title,
        screen: 'cycle',
        due: first,
        overdue: true,
      }),
    );
    // Only the start is offered before the year runs: neither the plan nor a unit's step.
    expect(await (await callerAs(services, people.BLOC_HEAD_2023)).inbox.list()).toEqual([]);
    expect(await (await callerAs(services, people.unitHead('u-stp'))).inbox.list()).toEqual([]);
    // The committee does not start years.
    const committee = await (await callerAs(services, people.COMMITTEE)).inbox.list();
    expect(kinds(committee)).not.toContain(`startCycle:${CYCLE_2023}`);
  });

  test('a year still to come is not listed', async () => {
    const before = testServices(database.db, null, { clock: () => new Date('2022-12-31T12:00:00Z') });
    const tasks = await (await callerAs(before, people.SECRETARIAT)).inbox.list();
    expect(kinds(tasks)).not.toContain(`startCycle:${CYCLE_2023}`);
  });
});

describe('the answers a signed-in page carries', () => {
  test('the inbox page carries the person, the header and the inbox, as the caller would get them', async () => {
    const principal = await principalOf(database.db, people.SECRETARIAT);
    const context = { headers: new Headers(), services, principal };
    const answers = await firstAnswers('/', context);
    expect(answers.map((a) => a.path)).toEqual([
      'auth.me',
      'notifications.list',
      'inbox.list',
      'cycles.list',
    ]);
    const inbox = answers.find((a) => a.path === 'inbox.list');
    const expected = await (await callerAs(services, people.SECRETARIAT)).inbox.list();
    expect(inbox?.result).toEqual(transformer.serialize(expected));
    // Another screen: the shell's and its year's.
    expect((await firstAnswers(`/cycles/${CYCLE_2023}/ranking`, context)).map((a) => a.path)).toEqual([
      'auth.me',
      'notifications.list',
      'cycles.get',
    ]);
  });

  test('without a live session a page carries nothing; a refused query is left out', async () => {
    expect(await firstAnswers('/', { headers: new Headers(), services, principal: null })).toEqual([]);
    const unit = await principalOf(database.db, people.unitOfficer('u-stp'));
    const answers = await firstAnswers('/cycles/khong-co/ranking', {
      headers: new Headers(),
      services,
      principal: unit,
    });
    expect(answers.map((a) => a.path)).toEqual(['auth.me', 'notifications.list']);
  });
});
