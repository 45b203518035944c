/**
 * A case found months after the decision, when the year is already closed, on real Temporal and
 * PostgreSQL through the API: the year's workflow has ended, so its after-close workflow (started with
 * the first such step, ended when idle, started again from what it left) takes the case and the
 * proposal to revoke an award it concerns. The secretariat records the case, the bloc's head since the
 * close proposes the revocation; the record, the dossier, the history and the notices show it as for an
 * open year, the steps are offered exactly as they are accepted, and a retried request issues nothing twice.
 */
import { cycles, documents, notifications } from '@thidua/db/schema';
import { vietnamDate } from '@thidua/domain';
import { afterCloseWorkflowId, newUpdateId, updateClosedYear } from '@thidua/workflows/client';
import { and, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { CycleDriver } from '../../workflows/test/support/cycle-driver';
import { saveHistory } from '../../workflows/test/support/histories';
import type { Caller } from './helpers/callers';
import { SECRETARIAT, unitHead } from './helpers/demo-users';
import { drivenReads } from './helpers/driven-reads';
import { drivenYearsOfFile } from './helpers/driven-year';
import { refused } from './helpers/errors';
import { BLOC, PROVINCE } from './helpers/fixtures';
import {
  expectProposalListed,
  expectRevocationRecord,
  inspectionFinding,
  refusedWithoutGrounds,
  revocationReason,
} from './helpers/revocation';
import { waitFor } from './helpers/wait';

/** Short-lived: most steps below find the after-close workflow ended and start it again. */
const IDLE_MS = 2_000;
const years = drivenYearsOfFile('thidua_api_revocation_after_close', { afterCloseIdleMs: IDLE_MS });
const { as, grants, phaseProjected, recordText } = drivenReads(years);

const afterCloseSteps = ['recordEligibilityCase', 'clearEligibilityCase', 'proposeRevocation'];
const idle = () => new Promise((resolve) => setTimeout(resolve, IDLE_MS * 2));

describe.sequential('a revocation proposed on a case found after the year is closed', () => {
  const year = 2043;
  const found = inspectionFinding(`15/06/${year + 1}`);
  const reason = revocationReason;
  let c: CycleDriver;
  let cycleId: string;
  let head: Caller;
  let secretariat: Caller;

  test('the year is decided and closed; its workflow ends', async () => {
    c = await new CycleDriver(years.harness, { year }).start();
    cycleId = (await c.state()).cycleId;
    await c.toDecided('43/QĐ-UBND');
    await c.closeYear();
    await phaseProjected(cycleId, 'closed');
    await waitFor(
      () => grants('blocHead', year + 1),
      (rows) => rows.length > 0,
    );
  }, 360_000);

  test('the after-close steps are offered to the secretariat and the bloc’s head only, as accepted', async () => {
    head = await as(unitHead('u-cat'));
    secretariat = await as(SECRETARIAT);
    for (const caller of [head, secretariat]) {
      const { phase, allowedActions } = await caller.cycles.get({ cycleId });
      expect(phase).toBe('closed');
      expect(allowedActions.filter((a) => afterCloseSteps.includes(a)).sort()).toEqual(
        [...afterCloseSteps].sort(),
      );
      expect(allowedActions).not.toContain('closeCycle');
    }
    for (const username of [unitHead('u-tand'), unitHead(found.unitId)]) {
      const caller = await as(username);
      expect((await caller.cycles.get({ cycleId })).allowedActions).toEqual([]);
    }
    // What is not offered is refused: a step of an open year, a role the registry does not list.
    await refused(head.cycles.close({ cycleId }), 'WRONG_PHASE');
    const own = await as(unitHead(found.unitId));
    await refused(own.eligibility.recordCase({ cycleId, ...found }), 'FORBIDDEN_ROLE');
  }, 60_000);

  test('the secretariat records the case; the bloc head proposes the revocation; refusals name why', async () => {
    const { caseId } = await secretariat.eligibility.recordCase({ cycleId, ...found });
    expect(caseId).toBe(`${cycleId}:case:1`);
    const proposal = { cycleId, unitId: found.unitId, award: 'provincialFlag' as const, caseId, reason };

    await refusedWithoutGrounds(head, proposal, '43/QĐ-UBND');

    // A case cleared since (after the run that recorded it ended) grounds nothing.
    await idle();
    const other = await head.eligibility.recordCase({ cycleId, ...found, unitId: 'u-stp' });
    await head.eligibility.clearCase({
      cycleId,
      unitId: 'u-stp',
      caseId: other.caseId,
      clearedOn: vietnamDate(Date.now()),
      note: 'Kết luận kiểm tra số 30/KL-TTr: không có vi phạm',
    });
    await refused(
      head.dossier.proposeRevocation({
        ...proposal,
        unitId: 'u-stp',
        award: 'certificateOfMerit',
        caseId: other.caseId,
      }),
      'ELIGIBILITY_CASE_CLEARED',
    );

    await idle();
    await head.dossier.proposeRevocation(proposal);
    await refused(head.dossier.proposeRevocation(proposal), 'REVOCATION_ALREADY_PROPOSED');
    // Once the run ended, the next one starts from the state it left: still a repeat.
    await idle();
    await refused(head.dossier.proposeRevocation(proposal), 'REVOCATION_ALREADY_PROPOSED');
  }, 120_000);

  test('the record, the dossier, the history and the notices show it as for an open year', async () => {
    // Signed by the bloc's head since the close (the unit the year's conference elected).
    const [row] = await waitFor(
      () =>
        years.database.db
          .select({ bytes: documents.bytes })
          .from(documents)
          .where(and(eq(documents.cycleId, cycleId), eq(documents.recordType, 'revocationProposal'))),
      (rows) => rows.length === 1,
    );
    const record = { year, decisionNumber: '43/QĐ-UBND', headUnitId: 'u-cat' };
    expectRevocationRecord(new Uint8Array(row?.bytes as Buffer), record, found, reason);
    for (const caller of [head, secretariat])
      expectProposalListed(await caller.dossier.list({ cycleId }), found, reason);

    const history = await head.audit.list({ cycleId, page: { limit: 200, offset: 0 } });
    const actions = history.rows.map((r) => r.action);
    expect(actions.filter((a) => a === 'eligibility.record')).toHaveLength(2);
    expect(actions.filter((a) => a === 'eligibility.clear')).toHaveLength(1);
    expect(history.rows.filter((r) => r.action === 'award.proposeRevocation')).toEqual([
      expect.objectContaining({
        actionLabel: 'Đề nghị hủy/thu hồi khen thưởng',
        detail: expect.stringContaining(reason),
      }),
    ]);

    const notices = await years.database.db
      .select({ role: notifications.role })
      .from(notifications)
      .where(and(eq(notifications.cycleId, cycleId), eq(notifications.kind, 'award.revocationProposed')));
    expect(notices.map((n) => n.role).sort()).toEqual(['blocHead', 'secretariat']);
    const [cycle] = await years.database.db.select().from(cycles).where(eq(cycles.id, cycleId));
    expect(cycle).toMatchObject({ phase: 'closed', status: 'closed' });
  }, 120_000);

  test('a request retried with its update id issues one proposal and one record', async () => {
    const { caseId } = await secretariat.eligibility.recordCase({ cycleId, ...found, unitId: 'u-stp' });
    const [row] = await years.database.db
      .select({ state: cycles.closedState })
      .from(cycles)
      .where(eq(cycles.id, cycleId));
    const closedYear = {
      cycleId,
      state: row?.state as Record<string, unknown>,
      taskQueue: years.temporal.taskQueue,
      idleMs: IDLE_MS,
    };
    const args = {
      unitId: 'u-stp',
      award: 'certificateOfMerit' as const,
      caseId,
      reason,
      actor: {
        userId: years.harness.users.get(unitHead('u-cat')) as string,
        role: 'blocHead' as const,
        blocId: BLOC,
        provinceId: PROVINCE,
      },
      updateId: newUpdateId(),
    };
    const client = years.temporal.client;
    // The API's connection dropped before the answer: the same Update is sent again.
    const first = await updateClosedYear(client, closedYear, 'proposeRevocation', args);
    const again = await updateClosedYear(client, closedYear, 'proposeRevocation', args);
    expect(again).toEqual(first);
    const fileName = 'to-trinh-thu-hoi-bang-khen-u-stp.docx';
    await recordText(cycleId, fileName);
    const dossier = await secretariat.dossier.list({ cycleId });
    expect(dossier.revocations.filter((r) => r.unitId === 'u-stp')).toHaveLength(1);
    expect(dossier.documents.filter((d) => d.recordType === 'revocationProposal')).toHaveLength(2);

    // Idle, the after-close workflow ends (its history is a replay fixture of the workflows package).
    const run = client.workflow.getHandle(afterCloseWorkflowId(cycleId));
    expect(await run.result()).toMatchObject({ cycleId });
    await saveHistory(run, `after-close-${year}`);
  }, 120_000);
});
