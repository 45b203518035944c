/**
 * The provincial decision's number and date are checked before the step is accepted: a malformed
 * number, a date before the Tờ trình and a number the province already used that year are refused at
 * once and change nothing; the corrected decision is then recorded. Two cycles of the demo bloc
 * (run up to an accepted dossier through the workflow client, as in the workflow tests) share the
 * province and the decision year: both decisions are dated today.
 */
import { cycles, decisions, documents } from '@thidua/db/schema';
import { addDays, vietnamDate } from '@thidua/domain';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { CycleDriver } from '../../workflows/test/support/cycle-driver';
import { docxText } from '../../workflows/test/support/docx-text';
import { UPDATE_DEADLINE_MS } from '../src/workflow/run-step';
import { type Caller, callerAs } from './helpers/callers';
import { COMMITTEE } from './helpers/demo-users';
import { drivenYearsOfFile } from './helpers/driven-year';
import { refused } from './helpers/errors';
import { PROVINCE } from './helpers/fixtures';
import { waitFor } from './helpers/wait';

const years = drivenYearsOfFile('thidua_api_decision');
let committee: Caller;

beforeAll(async () => {
  committee = await callerAs(years.services, COMMITTEE);
});

/** A cycle of the demo bloc run to a dossier the committee has accepted. */
async function acceptedCycle(year: number): Promise<{ driver: CycleDriver; cycleId: string }> {
  const c = await new CycleDriver(years.harness, { year }).start();
  await c.toConference();
  await c.attendance();
  await c.unanimous('provincialFlag', ['u-snv']);
  await c.concludeConference();
  await c.dossierReady();
  await c.step('submitProposal', 'head', {});
  await c.step('acceptProposal', 'committee', {});
  const cycleId = (await c.state()).cycleId;
  // The API reads the cycle's workflow id from its row: wait until the workflow has projected it.
  await waitFor(
    async () => (await years.database.db.select().from(cycles).where(eq(cycles.id, cycleId)))[0]?.phase,
    (phase) => phase === 'committeeReview',
  );
  return { driver: c, cycleId };
}

const decisionRows = (number: string) =>
  years.database.db
    .select()
    .from(decisions)
    .where(and(eq(decisions.provinceId, PROVINCE), eq(decisions.number, number)));

function decisionInput(cycleId: string, number: string, decisionDate = vietnamDate(Date.now())) {
  return {
    cycleId,
    number,
    decisionDate,
    signerName: 'Hoàng Minh Đức',
    signerTitle: 'Phó Chủ tịch UBND tỉnh',
    awards: [{ unitId: 'u-snv', award: 'provincialFlag' as const }],
  };
}

describe.sequential('the decision number and date are checked before the step', () => {
  let first: { driver: CycleDriver; cycleId: string };
  let second: { driver: CycleDriver; cycleId: string };

  test('two cycles of the province reach an accepted dossier', async () => {
    first = await acceptedCycle(2047);
    second = await acceptedCycle(2048);
  }, 240_000);

  test('a malformed number is refused at once with its code; nothing changes', async () => {
    for (const number of ['abc', '12/QD-UBND', '', '12/QĐ-UBND-VX']) {
      const error = await refused(
        committee.committee.recordDecision(decisionInput(first.cycleId, number)),
        'INVALID_DECISION_NUMBER',
      );
      expect(error.message).toBe('Số quyết định phải có dạng 123/QĐ-UBND.');
      expect(error.code).toBe('BAD_REQUEST');
    }
    // The workflow's own validator refuses it too, for any caller that skips the API.
    const direct = await first.driver.refused('recordDecision', 'committee', {
      ...decisionInput(first.cycleId, 'abc'),
    });
    expect(direct.code).toBe('INVALID_DECISION_NUMBER');
    const s = await first.driver.state();
    expect(s.phase).toBe('committeeReview');
    expect(s.decision).toBeUndefined();
    expect(
      await years.database.db.select().from(decisions).where(eq(decisions.provinceId, PROVINCE)),
    ).toHaveLength(0);
  });

  test('a decision dated before the Tờ trình, or after today, is refused; nothing changes', async () => {
    const submittedOn = vietnamDate((await first.driver.state()).committee.startedAt as string);
    const before = await refused(
      committee.committee.recordDecision(
        decisionInput(first.cycleId, '12/QĐ-UBND', addDays(submittedOn, -1)),
      ),
      'DECISION_BEFORE_PROPOSAL',
    );
    expect(before.message).toMatch(/không được trước ngày Khối trình Tờ trình/);
    const today = vietnamDate(Date.now());
    await refused(
      committee.committee.recordDecision(decisionInput(first.cycleId, '12/QĐ-UBND', addDays(today, 1))),
      'DECISION_DATE_IN_FUTURE',
    );
    expect((await first.driver.state()).phase).toBe('committeeReview');
    expect(await decisionRows('12/QĐ-UBND')).toHaveLength(0);
  });

  test('a number the province used that year is refused at once; the corrected one is recorded', async () => {
    // NFD input is stored as NFC.
    await committee.committee.recordDecision(decisionInput(first.cycleId, ' 12/QĐ-UBND'.normalize('NFD')));
    expect((await first.driver.state()).phase).toBe('decided');
    expect(await decisionRows('12/QĐ-UBND')).toHaveLength(1);

    const started = Date.now();
    const error = await refused(
      committee.committee.recordDecision(decisionInput(second.cycleId, '12/QĐ-UBND')),
      'DECISION_NUMBER_TAKEN',
    );
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(UPDATE_DEADLINE_MS / 10);
    expect(error.code).toBe('CONFLICT');
    const year = Number(vietnamDate(Date.now()).slice(0, 4));
    expect(error.message).toContain(
      `Số quyết định 12/QĐ-UBND đã được dùng cho một quyết định khác năm ${year}`,
    );
    expect((await second.driver.state()).phase).toBe('committeeReview');

    await committee.committee.recordDecision(decisionInput(second.cycleId, '13/QĐ-UBND'));
    const s = await second.driver.state();
    expect(s.phase).toBe('decided');
    expect(s.decision?.number).toBe('13/QĐ-UBND');
    expect(await decisionRows('13/QĐ-UBND')).toHaveLength(1);
  });
});

describe('a number taken between the API check and the insert', () => {
  test('the insert refuses it without retrying; the cycle stays in committee review and records a corrected one', async () => {
    const third = await acceptedCycle(2049);
    // Sở Nội vụ's report (Mẫu 02, section III) lists the flags of the two earlier years, each with the
    // decision that gave it and the province as named on that day (Bắc Kạn merged into Thái Nguyên).
    const [report] = await years.database.db
      .select({ bytes: documents.bytes })
      .from(documents)
      .where(
        and(
          eq(documents.cycleId, third.cycleId),
          eq(documents.fileName, 'bao-cao-thanh-tich-so-noi-vu.docx'),
        ),
      );
    const text = docxText(new Uint8Array(report?.bytes as Buffer));
    expect(text).toContain('Quyết định số 12/QĐ-UBND');
    expect(text).toContain('Quyết định số 13/QĐ-UBND');
    expect(text).toContain('của Chủ tịch UBND tỉnh Thái Nguyên');
    // What a second reviewer racing on the same number looks like to the workflow: the API's check
    // passed, and the row appears before the activity inserts it.
    const started = Date.now();
    const raced = await third.driver.refused('recordDecision', 'committee', {
      ...decisionInput(third.cycleId, '12/QĐ-UBND'),
    });
    expect(Date.now() - started).toBeLessThan(UPDATE_DEADLINE_MS / 10);
    expect(raced.code).toBe('DECISION_NUMBER_TAKEN');
    const s = await third.driver.state();
    expect(s.phase).toBe('committeeReview');
    expect(s.decision).toBeUndefined();
    expect(s.dossier.status).toBe('accepted');
    expect(s.committee.periods.at(-1)?.endedAt).toBeUndefined();

    await committee.committee.recordDecision(decisionInput(third.cycleId, '14/QĐ-UBND'));
    expect((await third.driver.state()).phase).toBe('decided');
  }, 240_000);
});
