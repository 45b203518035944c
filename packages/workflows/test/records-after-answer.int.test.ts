import { schema } from '@thidua/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { registerBesideFiredDeadline } from './support/fired-deadline';
import { createHarness, eventually, type Harness } from './support/harness';
import { saveHistory } from './support/histories';

/**
 * A step that issues a record answers before the record is built, and the record's own activity
 * audits it. This changes the commands of that step, so it is replayed here in the case where such
 * changes broke before: a deadline timer that fired and an Update, handled in one workflow task.
 */
let h: Harness;
beforeAll(async () => {
  h = await createHarness('after_answer');
});
afterAll(async () => {
  await h?.close();
});

describe('step records issued after the answer', () => {
  test('the last registration, sent while a deadline fired, answers; the pact is issued and audited by its activity; the history replays', async () => {
    const { driver: c } = await registerBesideFiredDeadline(h, 2099, async (c) => {
      const s = await c.state();
      expect(s.phase).toBe('selfAssessment');
      // The pact, issued after the answer, by one activity that writes its audit row too.
      const pact = await eventually(async () => {
        const [row] = await h.api.db
          .select()
          .from(schema.documents)
          .where(and(eq(schema.documents.cycleId, s.cycleId), eq(schema.documents.recordType, 'pact')));
        return row;
      }, 60_000);
      expect(pact.issuedAt).not.toBeNull();
      const audits = await h.api.db
        .select()
        .from(schema.auditLog)
        .where(and(eq(schema.auditLog.entityId, s.cycleId), eq(schema.auditLog.action, 'document.generate')));
      expect(audits.map((a) => a.idempotencyKey)).toEqual([`${s.cycleId}:documents.generated:pact`]);
    });
    await saveHistory(c.handle, 'records-after-answer-timer-and-update-2099');
    // The first run: the timer and the last registration in one task, then the hand-over to the next run.
    await saveHistory(
      h.client.workflow.getHandle(c.workflowId, c.handle.firstExecutionRunId),
      'new-runs-timer-and-update-2099',
    );
    await c.handle.terminate('test done');
  });
});
