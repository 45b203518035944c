import { describe, expect, test } from 'vitest';
import { CycleDriver, unitName } from '../../workflows/test/support/cycle-driver';
import { BLOC_HEAD_2023, unitHead } from './helpers/demo-users';
import { drivenReads } from './helpers/driven-reads';
import { drivenYearsOfFile } from './helpers/driven-year';
import { refused } from './helpers/errors';
import { waitFor } from './helpers/wait';

const years = drivenYearsOfFile('thidua_api_rotation');
const { as, appointed, grants, phaseProjected, recordText, yearInSetup } = drivenReads(years);

describe.sequential('a conference that elects this year’s head again', () => {
  const year = 2076;
  const reason =
    'Thanh tra tỉnh được Hội nghị tín nhiệm tiếp tục làm Trưởng Khối để hoàn thành đợt kiểm tra chuyên đề của Khối';
  let c: CycleDriver;
  let cycleId: string;

  test('the chair sees the warning with the rule, and confirms only with a reason', async () => {
    // This year: Thanh tra tỉnh heads the bloc, Công an tỉnh is its deputy.
    c = await new CycleDriver(years.harness, { year }).start();
    cycleId = (await c.state()).cycleId;
    await c.toConference();
    await c.voteAwards();
    await c.electLeaders('u-ttt', 'u-tand');
    await phaseProjected(cycleId, 'conference');
    const head = await appointed(BLOC_HEAD_2023, 'blocHead', year);

    const view = await waitFor(
      () => head.conference.get({ cycleId }),
      (v) => v.rotationWarnings.length > 0,
    );
    expect(view.rotationWarnings.map((w) => [w.code, w.unitId])).toEqual([
      ['HEAD_REPEATS', 'u-ttt'],
      ['DEPUTY_NOT_PROMOTED', 'u-cat'],
    ]);
    expect(view.rotationWarnings[0]).toMatchObject({
      name: unitName('u-ttt'),
      message: expect.stringContaining(`Đơn vị đã làm Trưởng Khối năm ${year}`),
      rule: {
        text: 'Trưởng Khối, Phó Trưởng Khối do các đơn vị thành viên bầu luân phiên hằng năm tại Hội nghị tổng kết.',
        citation: expect.stringContaining('1122/BTĐKT-VI'),
      },
    });

    const bare = await refused(head.conference.confirmResults({ cycleId }), 'ROTATION_UNCONFIRMED');
    expect(bare.message).toContain(`Đơn vị đã làm Trưởng Khối năm ${year}`);
    expect(bare.message).toContain('1122/BTĐKT-VI');
    expect(bare.message).toContain('Ghi lý do để xác nhận kết quả bầu.');
    await refused(head.conference.confirmResults({ cycleId, rotationReason: '   ' }), 'ROTATION_UNCONFIRMED');
    const refusedState = await c.state();
    expect(refusedState.phase).toBe('conference');
    expect(refusedState.elected).toBeUndefined();

    await head.conference.confirmResults({ cycleId, rotationReason: reason });
    const s = await c.state();
    expect(s.elected).toMatchObject({ headUnitId: 'u-ttt', deputyUnitId: 'u-tand', rotationReason: reason });
    const history = await head.audit.list({ cycleId, page: { limit: 100, offset: 0 } });
    expect(history.rows.find((r) => r.action === 'vote.confirm')?.detail).toContain(reason);
  }, 240_000);

  test('the conference minutes state the warning, the rule and the reason', async () => {
    await c.dossierReady(90_000);
    const minutes = await recordText(cycleId, 'bien-ban-hoi-nghi.docx');
    expect(minutes).toContain(`3. Luân phiên Trưởng Khối, Phó Khối năm ${year + 1}`);
    expect(minutes).toContain(`Lưu ý: Đơn vị đã làm Trưởng Khối năm ${year}`);
    expect(minutes).toContain('1122/BTĐKT-VI');
    expect(minutes).toContain(`Hội nghị thống nhất giữ kết quả bầu. Lý do: ${reason}.`);
  }, 120_000);

  test('closing the year hands next year’s rights to the elected units’ heads and ends this year’s', async () => {
    const head = await as(BLOC_HEAD_2023);
    await c.step('submitProposal', 'head', {});
    await c.step('acceptProposal', 'committee', {});
    await c.decide('76/QĐ-UBND', { 'u-snv': 'provincialFlag', 'u-stp': 'certificateOfMerit' });
    await phaseProjected(cycleId, 'decided');
    await head.cycles.close({ cycleId });
    const { nextWorkflowId } = await c.handle.result();
    const userId = (username: string) => years.harness.users.get(username);
    await waitFor(
      () => grants('blocHead', year + 1),
      (rows) => rows.length > 0,
    );
    expect((await grants('blocHead', year + 1)).map((r) => r.userId)).toEqual([userId(unitHead('u-ttt'))]);
    expect((await grants('blocDeputy', year + 1)).map((r) => r.userId)).toEqual([userId(unitHead('u-tand'))]);
    expect(await grants('blocHead', year)).toEqual([]);

    // Next year's head may adopt its plan at once; last year's appointee no longer leads.
    const nextId = await yearInSetup(year + 1);
    const newHead = await as(unitHead('u-ttt'));
    expect((await newHead.cycles.get({ cycleId: nextId })).allowedActions).toContain('adoptPlan');
    const deputy = await as(unitHead('u-tand'));
    expect((await deputy.cycles.get({ cycleId: nextId })).allowedActions).not.toContain('adoptPlan');
    await refused(head.cycles.adoptPlan({ cycleId: nextId, planTitle: 'Kế hoạch' }), 'OUT_OF_SCOPE');
    if (nextWorkflowId) await years.harness.client.workflow.getHandle(nextWorkflowId).terminate('test done');
  }, 180_000);
});
