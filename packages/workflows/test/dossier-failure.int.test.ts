/**
 * A dossier whose records cannot be issued (a person they name is not in office on their date):
 * nothing is stored, the cycle's row says why, and once the fact is entered the bloc makes them again.
 */
import { schema } from '@thidua/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CycleDriver, UNITS } from './support/cycle-driver';
import { createHarness, eventually, type Harness } from './support/harness';

let h: Harness;
beforeAll(async () => {
  h = await createHarness('dossier_failure');
});
afterAll(async () => {
  await h?.close();
});

describe('a dossier that could not be made', () => {
  test('fails with the fact named, on the cycle row; made again once it is entered', async () => {
    await h.withWorker(async () => {
      const c = await new CycleDriver(h, { year: 2052 }).start();
      const cycleId = (await c.state()).cycleId;
      await c.toConference();
      await c.attendance();
      const flag = await c.open('provincialFlag');
      await c.vote(flag.roundId, Object.fromEntries(UNITS.map((u) => [u, ['u-snv']])));
      await c.close(flag.roundId);
      const cert = await c.open('certificateOfMerit');
      await c.vote(cert.roundId, Object.fromEntries(UNITS.map((u) => [u, ['u-stp']])));
      await c.close(cert.roundId);
      await c.electLeaders('u-cat', 'u-tand');

      // The bloc head's unit has nobody in office when the records are dated (the API would refuse
      // the step first; the workflow alone accepts it and the records then fail).
      const head = and(eq(schema.officials.unitId, 'u-ttt'), eq(schema.officials.position, 'unitHead'));
      const [holder] = await h.database.db.select().from(schema.officials).where(head);
      await h.database.db.update(schema.officials).set({ validTo: '2020-12-31' }).where(head);
      await c.step('confirmResults', 'head', {});
      const failure = await eventually(async () => {
        const [row] = await h.database.db.select().from(schema.cycles).where(eq(schema.cycles.id, cycleId));
        return row?.dossierFailure ?? undefined;
      }, 60_000);
      expect(failure).toMatch(/^Chưa có thủ trưởng của Thanh tra tỉnh tại ngày \d{2}\/\d{2}\/\d{4}/);
      expect((await c.state()).dossier.status).toBe('failed');
      const stored = await h.database.db
        .select()
        .from(schema.documents)
        .where(and(eq(schema.documents.cycleId, cycleId), eq(schema.documents.recordType, 'proposal')));
      expect(stored).toEqual([]);
      await c.refused('submitProposal', 'head', {});

      // Entered again: the bloc head asks for the records once more.
      await h.database.db
        .update(schema.officials)
        .set({ validTo: null })
        .where(eq(schema.officials.id, holder?.id as string));
      await c.step('regenerateDossier', 'head', {});
      await eventually(async () => (await c.state()).dossier.status === 'ready', 60_000);
      const [row] = await h.database.db.select().from(schema.cycles).where(eq(schema.cycles.id, cycleId));
      expect(row?.dossierFailure).toBeNull();
      expect((await c.refused('regenerateDossier', 'head', {})).code).toBe('INVALID_INPUT');
      await c.step('submitProposal', 'head', {});
    });
  });
});
