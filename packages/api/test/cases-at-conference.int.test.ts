/**
 * Eligibility cases met at the conference, on real Temporal and PostgreSQL, through the API as the
 * roles that act: a case recorded while a round is open with the unit on its ballot is refused with
 * what to do (its ballots are out), and accepted once the round is counted, for the next rounds; the
 * conference minutes list the units left off a ballot because of a case, with the case, as they list
 * withdrawals. The year's cases screen refuses to guess a kind the year's rules no longer list.
 */
import { cycles, ruleSets } from '@thidua/db/schema';
import type { RuleSet } from '@thidua/domain';
import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { CycleDriver, UNITS, unitName } from '../../workflows/test/support/cycle-driver';
import type { Caller } from './helpers/callers';
import { BLOC_HEAD_2023, SECRETARIAT, unitOfficer } from './helpers/demo-users';
import { drivenReads } from './helpers/driven-reads';
import { drivenYearsOfFile } from './helpers/driven-year';
import { refused } from './helpers/errors';
import { waitFor } from './helpers/wait';

const years = drivenYearsOfFile('thidua_api_cases_conference');
const { as, appointed, phaseProjected, recordText } = drivenReads(years);

describe.sequential('cases recorded around the conference’s rounds', () => {
  const year = 2084;
  const before = {
    unitId: 'u-stp',
    code: 'investigationOnViolationSigns' as const,
    reason: 'Thanh tra tỉnh đang thanh tra việc mua sắm tài sản công',
    documentRef: `Quyết định số 51/QĐ-TTr ngày 01/12/${year} của Chánh Thanh tra tỉnh`,
  };
  const late = {
    code: 'investigationOnViolationSigns' as const,
    reason: 'Cơ quan điều tra khởi tố vụ án liên quan đến đấu thầu',
    documentRef: `Quyết định số 09/QĐ-CSĐT ngày 20/12/${year} của Cơ quan Cảnh sát điều tra`,
  };
  let c: CycleDriver;
  let cycleId: string;
  let head: Caller;
  let secretariat: Caller;
  let lateUnit: string;

  test('a case against a unit on an open round’s ballot waits for the count, then applies', async () => {
    c = await new CycleDriver(years.harness, { year }).start();
    cycleId = (await c.state()).cycleId;
    head = await appointed(BLOC_HEAD_2023, 'blocHead', year);
    secretariat = await as(SECRETARIAT);
    await c.toConference();
    await phaseProjected(cycleId, 'conference');
    await secretariat.eligibility.recordCase({ cycleId, ...before });
    await c.attendance();

    const flag = await head.conference.openRound({ cycleId, voteKind: 'provincialFlag' });
    expect(flag.candidateUnitIds).not.toContain(before.unitId);
    lateUnit = flag.candidateUnitIds.find((id) => id !== 'u-snv') as string;
    const during = await refused(
      secretariat.eligibility.recordCase({ cycleId, unitId: lateUnit, ...late }),
      'ROUND_ALREADY_OPEN',
    );
    expect(during.message).toBe(
      `Đang bỏ phiếu Cờ thi đua của UBND tỉnh (vòng 1) với ${unitName(lateUnit)} trong danh sách: phiếu đã phát không đổi được. Chủ trì kết thúc vòng này, rồi ghi nhận vụ việc; vụ việc áp dụng cho các vòng sau và khi đề nghị khen thưởng.`,
    );
    // The bloc head is refused alike; nothing was recorded.
    await refused(head.eligibility.recordCase({ cycleId, unitId: lateUnit, ...late }), 'ROUND_ALREADY_OPEN');
    expect((await secretariat.eligibility.list({ cycleId })).cases).toHaveLength(1);

    await c.vote(flag.roundId, Object.fromEntries(UNITS.map((u) => [u, ['u-snv']])));
    await head.conference.closeRound({ roundId: flag.roundId });
    await secretariat.eligibility.recordCase({ cycleId, unitId: lateUnit, ...late });
    await waitFor(
      () => secretariat.eligibility.list({ cycleId }),
      (v) => v.cases.length === 2,
    );

    const cert = await head.conference.openRound({ cycleId, voteKind: 'certificateOfMerit' });
    expect(cert.candidateUnitIds).not.toContain(lateUnit);
    expect(cert.candidateUnitIds).not.toContain(before.unitId);
    const round = (await (await as(unitOfficer('u-qltt'))).conference.get({ cycleId })).rounds.find(
      (r) => r.id === cert.roundId,
    );
    expect(round?.excluded.find((x) => x.unitId === lateUnit)?.reasons).toEqual([
      expect.stringContaining(late.reason),
    ]);
    const chosen = cert.candidateUnitIds.filter((id) => id !== 'u-snv').slice(0, 2);
    await c.vote(cert.roundId, Object.fromEntries(UNITS.map((u) => [u, chosen])));
    await head.conference.closeRound({ roundId: cert.roundId });
  }, 300_000);

  test('the conference minutes list the units left off a ballot because of a case, with the case', async () => {
    await c.electLeaders('u-cat', 'u-tand');
    await head.conference.confirmResults({ cycleId });
    await c.dossierReady(90_000);
    const minutes = await recordText(cycleId, 'bien-ban-hoi-nghi.docx');
    const caseText = (x: { reason: string; documentRef: string }) =>
      `Đang bị điều tra, thanh tra, kiểm tra khi có dấu hiệu vi phạm: ${x.reason} (${x.documentRef})`;
    expect(minutes).toContain(
      `${unitName(before.unitId)}: ${caseText(before)}; không bình xét Cờ thi đua của UBND tỉnh.`,
    );
    expect(minutes).toContain(
      `${unitName(before.unitId)}: ${caseText(before)}; không bình xét Bằng khen của Chủ tịch UBND tỉnh.`,
    );
    // Recorded after the flag's ballots were out: left off the certificates' ballot only.
    expect(minutes).toContain(
      `${unitName(lateUnit)}: ${caseText(late)}; không bình xét Bằng khen của Chủ tịch UBND tỉnh.`,
    );
    expect(minutes).not.toContain(`${unitName(lateUnit)}: ${caseText(late)}; không bình xét Cờ thi đua`);
  }, 180_000);

  test('the cases screen refuses a case whose kind the year’s rules no longer list', async () => {
    const [cycle] = await years.database.db
      .select({ ruleSetId: cycles.ruleSetId })
      .from(cycles)
      .where(eq(cycles.id, cycleId));
    const ruleSetId = cycle?.ruleSetId as string;
    const [row] = await years.database.db.select().from(ruleSets).where(eq(ruleSets.id, ruleSetId));
    const body = row?.body as RuleSet;
    await years.database.db
      .update(ruleSets)
      .set({
        body: {
          ...body,
          eligibilityBlocks: body.eligibilityBlocks.filter((b) => b.code !== 'investigationOnViolationSigns'),
        },
      })
      .where(eq(ruleSets.id, ruleSetId));
    try {
      const refusal = await refused(secretariat.eligibility.list({ cycleId }), 'RULESET_INVALID');
      expect(refusal.message).toBe(
        `Bộ quy định năm ${year} không có loại vụ việc "investigationOnViolationSigns" đã ghi nhận cho đơn vị: bổ sung loại này vào bộ quy định.`,
      );
    } finally {
      await years.database.db.update(ruleSets).set({ body }).where(eq(ruleSets.id, ruleSetId));
    }
    expect((await secretariat.eligibility.list({ cycleId })).cases).toHaveLength(2);
  }, 60_000);
});
