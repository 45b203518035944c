/**
 * A conference that elects no deputy, on real Temporal and PostgreSQL, through the API as the chair:
 * every ballot of the deputy vote is blank, so nobody is elected. The chair sees the rotation rule's
 * warning with its citation on the conference screen, confirms only with a reason, and the reason
 * reaches the history and the minutes, which say no deputy was elected. Closing the year hands the
 * head's rights over and no deputy's; next year starts with a head and no deputy.
 */
import { blocLeaderships } from '@thidua/db/schema';
import { and, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { CycleDriver, UNITS } from '../../workflows/test/support/cycle-driver';
import type { Caller } from './helpers/callers';
import { BLOC_HEAD_2023, unitHead } from './helpers/demo-users';
import { drivenReads } from './helpers/driven-reads';
import { drivenYearsOfFile } from './helpers/driven-year';
import { refused } from './helpers/errors';
import { BLOC } from './helpers/fixtures';
import { waitFor } from './helpers/wait';

const years = drivenYearsOfFile('thidua_api_no_deputy');
const { as, appointed, grants, phaseProjected, recordText, yearInSetup } = drivenReads(years);

describe.sequential('a conference that elects no deputy', () => {
  const year = 2088;
  const reason = 'Các đơn vị chưa thống nhất được đơn vị Phó Khối; Hội nghị sẽ bầu bổ sung trong quý I';
  let c: CycleDriver;
  let cycleId: string;
  let head: Caller;

  test('the chair sees the warning with the rule, and confirms only with a reason', async () => {
    // This year: Thanh tra tỉnh heads the bloc, Công an tỉnh is its deputy (promoted: no other warning).
    c = await new CycleDriver(years.harness, { year }).start();
    cycleId = (await c.state()).cycleId;
    await c.toConference();
    await c.voteAwards();
    await c.unanimous('blocHead', ['u-cat']);
    // Every ballot of the deputy vote is blank: nobody reaches the threshold.
    const deputyRound = await c.open('blocDeputy');
    for (const unitId of UNITS) {
      const cast = await c.cast(deputyRound.roundId, unitId, { kind: 'blank' });
      expect(cast.ok).toBe(true);
    }
    await c.close(deputyRound.roundId, []);
    expect((await c.state()).votes.blocDeputy).toMatchObject({ status: 'noProposal', elected: [] });
    await phaseProjected(cycleId, 'conference');
    head = await appointed(BLOC_HEAD_2023, 'blocHead', year);

    const view = await waitFor(
      () => head.conference.get({ cycleId }),
      (v) => v.rotationWarnings.length > 0,
    );
    expect(view.rotationWarnings).toEqual([
      expect.objectContaining({
        code: 'NO_DEPUTY',
        name: null,
        message: `Hội nghị không bầu được Phó Khối năm ${year + 1}; theo quy định, Khối có Trưởng Khối và Phó Khối luân phiên hằng năm.`,
        rule: expect.objectContaining({ citation: expect.stringContaining('1122/BTĐKT-VI') }),
      }),
    ]);
    // The other roles see the same warning.
    const unit = await as(unitHead('u-qltt'));
    expect((await unit.conference.get({ cycleId })).rotationWarnings.map((w) => w.code)).toEqual([
      'NO_DEPUTY',
    ]);

    const bare = await refused(head.conference.confirmResults({ cycleId }), 'ROTATION_UNCONFIRMED');
    expect(bare.message).toContain(`Hội nghị không bầu được Phó Khối năm ${year + 1}`);
    expect(bare.message).toContain('1122/BTĐKT-VI');
    expect(bare.message).toContain('Ghi lý do để xác nhận kết quả bầu.');
    expect((await c.state()).phase).toBe('conference');

    await head.conference.confirmResults({ cycleId, rotationReason: reason });
    expect((await c.state()).elected).toMatchObject({
      headUnitId: 'u-cat',
      deputyUnitId: null,
      rotationReason: reason,
    });
    const history = await head.audit.list({ cycleId, page: { limit: 100, offset: 0 } });
    expect(history.rows.find((r) => r.action === 'vote.confirm')?.detail).toContain(reason);
  }, 240_000);

  test('the minutes say no deputy was elected, with the warning, the rule and the reason', async () => {
    await c.dossierReady(90_000);
    const minutes = await recordText(cycleId, 'bien-ban-hoi-nghi.docx');
    expect(minutes).toContain(`Hội nghị không bầu được đơn vị Phó Trưởng khối năm ${year + 1}.`);
    expect(minutes).toContain(`Lưu ý: Hội nghị không bầu được Phó Khối năm ${year + 1}`);
    expect(minutes).toContain('1122/BTĐKT-VI');
    expect(minutes).toContain(`Hội nghị thống nhất giữ kết quả bầu. Lý do: ${reason}.`);
    const report = await recordText(cycleId, 'bao-cao-tong-ket.docx');
    expect(report).toContain(`Hội nghị không bầu được đơn vị Phó Trưởng Khối năm ${year + 1}.`);
  }, 120_000);

  test('closing hands over the head’s rights only; next year starts with a head and no deputy', async () => {
    await c.step('submitProposal', 'head', {});
    await c.step('acceptProposal', 'committee', {});
    await c.decide('82/QĐ-UBND', { 'u-snv': 'provincialFlag', 'u-stp': 'certificateOfMerit' });
    await phaseProjected(cycleId, 'decided');
    await head.cycles.close({ cycleId });
    const { nextWorkflowId } = await c.handle.result();
    await waitFor(
      () => grants('blocHead', year + 1),
      (rows) => rows.length > 0,
    );
    expect((await grants('blocHead', year + 1)).map((r) => r.userId)).toEqual([
      years.harness.users.get(unitHead('u-cat')),
    ]);
    expect(await grants('blocDeputy', year + 1)).toEqual([]);
    expect(await grants('blocHead', year)).toEqual([]);

    const nextId = await yearInSetup(year + 1);
    const [leaders] = await years.database.db
      .select()
      .from(blocLeaderships)
      .where(and(eq(blocLeaderships.blocId, BLOC), eq(blocLeaderships.year, year + 1)));
    expect(leaders).toMatchObject({ headUnitId: 'u-cat', deputyUnitId: null });
    const newHead = await as(unitHead('u-cat'));
    const nextYear = await newHead.cycles.get({ cycleId: nextId });
    expect(nextYear.leadership).toEqual({ headUnitId: 'u-cat', deputyUnitId: null });
    expect(nextYear.allowedActions).toContain('adoptPlan');
    if (nextWorkflowId) await years.harness.client.workflow.getHandle(nextWorkflowId).terminate('test done');
  }, 180_000);
});
