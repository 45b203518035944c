import type { WorkflowExecutionStatusName } from '@temporalio/client';
import { newUpdateId } from '@thidua/workflows/client';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CycleDriver, calendarFromNow, UNITS } from './support/cycle-driver';
import { createHarness, eventually, type Harness } from './support/harness';
import { saveHistory } from './support/histories';

// History event types (temporal.api.enums.v1.EventType).
const TASK_COMPLETED = 7;
const CONTINUED_AS_NEW = 28;
const UPDATE_COMPLETED = 43;

/**
 * The cycle goes on in a new run as it enters the self-assessment, the conference and the dossier:
 * the state, the deadlines and the answers of the run before carry over.
 */
let h: Harness;
beforeAll(async () => {
  h = await createHarness('new_runs');
});
afterAll(async () => {
  await h?.close();
});

/** The runs of the cycle so far, oldest first, with how each ended. */
async function runsOf(c: CycleDriver): Promise<{ runId: string; status: WorkflowExecutionStatusName }[]> {
  const runs: { runId: string; status: WorkflowExecutionStatusName }[] = [];
  for await (const run of h.client.workflow.list({ query: `WorkflowId = '${c.workflowId}'` })) {
    runs.push({ runId: run.runId, status: run.status.name });
  }
  return runs.reverse();
}

describe('a run per stretch of the year', () => {
  test('registration hands over to the self-assessment run, it to the conference, the conference to the dossier: answers, deadlines and steps carry over', async () => {
    await h.withWorker(async () => {
      const c = await new CycleDriver(h, {
        year: 2045,
        calendar: calendarFromNow({ selfAssessment: 12_000 }),
        reminderOffsetsMs: [],
      }).start();
      const firstRunId = c.handle.firstExecutionRunId;
      await c.adoptAndSign();
      const [last, ...others] = [...UNITS].reverse();
      await c.registerAll(others);
      const updateId = newUpdateId();
      const register = () =>
        c.try(
          'registerTargets',
          { unitHead: last! },
          { unitId: last!, targets: [{ title: 'Hoàn thành 100% chỉ tiêu được giao' }], updateId },
        );
      const answer = await register();
      expect(answer).toMatchObject({ ok: true, value: { phase: 'selfAssessment' } });

      // The registration run ended by handing over; the new run holds the cycle where it stood.
      await eventually(async () => (await runsOf(c)).length === 2, 30_000);
      expect(await runsOf(c)).toEqual([
        { runId: firstRunId, status: 'CONTINUED_AS_NEW' },
        { runId: expect.not.stringMatching(firstRunId), status: 'RUNNING' },
      ]);
      const state = await c.state();
      expect(state.phase).toBe('selfAssessment');
      expect(state.units.every((u) => u.registered)).toBe(true);

      // The same action sent again gets the same answer; another registration is refused.
      expect(await register()).toEqual(answer);
      const again = await c.refused(
        'registerTargets',
        { unitHead: last! },
        {
          unitId: last!,
          targets: [{ title: 'Chỉ tiêu khác' }],
        },
      );
      expect(again.code).toBe('WRONG_PHASE');
      expect((await c.state()).seq).toBe(state.seq);

      // The self-assessment deadline, planned by the new run from the state, passes for every unit.
      await eventually(async () => (await c.state()).units.every((u) => u.overdue.selfAssessment), 40_000);

      // Late, the units hand in; the score lock starts the conference's run.
      await c.submitAll();
      await c.step('lockScores', 'head', {});
      await eventually(async () => (await runsOf(c)).length === 3, 30_000);
      const atConference = await c.state();
      expect(atConference.phase).toBe('conference');
      expect(atConference.units.every((u) => u.late)).toBe(true);

      // The conference run ends as the results are confirmed, in a task of its own: the server may drop
      // the answer of an Update completed in the task that continues the workflow as new.
      await c.voteAwards();
      await c.electLeaders('u-cat', 'u-tand');
      // The last round's minutes issued: nothing but the confirmation is left for the run to finish.
      await eventually(async () => ((await c.handle.describe()).raw.pendingActivities ?? []).length === 0);
      expect(await c.step('confirmResults', 'head', {})).toMatchObject({ phase: 'dossier' });
      await eventually(async () => (await runsOf(c)).length === 4, 30_000);
      const runs = await runsOf(c);
      for (const { runId } of runs.slice(0, -1)) {
        const events = (await h.client.workflow.getHandle(c.workflowId, runId).fetchHistory()).events ?? [];
        const types = events.map((e) => Number(e.eventType));
        const endingTask = types.slice(types.lastIndexOf(TASK_COMPLETED));
        expect(endingTask.at(-1)).toBe(CONTINUED_AS_NEW);
        expect(endingTask).not.toContain(UPDATE_COMPLETED);
      }
      const [registration, selfAssessment, conference] = runs;
      const run = (runId: string) => h.client.workflow.getHandle(c.workflowId, runId);
      await saveHistory(run(registration!.runId), 'new-runs-registration-2045');
      await saveHistory(run(selfAssessment!.runId), 'new-runs-self-assessment-2045');
      await saveHistory(run(conference!.runId), 'new-runs-conference-2045');
      await c.handle.terminate('test done');
    });
  });
});
