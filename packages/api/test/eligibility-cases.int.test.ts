/**
 * Eligibility cases on real Temporal and PostgreSQL, through the API as the roles that record them in
 * real life: the secretariat and the bloc head record cases against units (an inspection under way,
 * another case, a complaint the year's rules let pass), of the kinds the year's rules list. The
 * candidate lists, the ballot and the refusals name each unit with the case's reason; a unit
 * disqualified on its score sheet is named with the disqualifier; clearing a case restores the
 * unit's candidacy; a kind the rules let pass blocks nothing.
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { addStepFile, newStorageKey, writeStoredFile } from '@thidua/db';
import { demoRuleSet, type RuleSet, vietnamDate } from '@thidua/domain';
import { describe, expect, test } from 'vitest';
import { CycleDriver, unitName } from '../../workflows/test/support/cycle-driver';
import type { Caller } from './helpers/callers';
import { BLOC_DEPUTY_2023, BLOC_HEAD_2023, SECRETARIAT, unitHead, unitOfficer } from './helpers/demo-users';
import { drivenReads } from './helpers/driven-reads';
import { drivenYearsOfFile } from './helpers/driven-year';
import { refused } from './helpers/errors';
import { PDF } from './helpers/fixtures';
import { waitFor } from './helpers/wait';

const years = drivenYearsOfFile('thidua_api_eligibility');
const { as, appointed, recordText } = drivenReads(years);

/** A scan stored as the upload route stores it (the route itself: apps/api step-files test). */
async function storedLetter(unitId: string, uploader: string): Promise<string> {
  return years.database.db.transaction(async (tx) => {
    const key = newStorageKey();
    await writeStoredFile(tx, key, Readable.from([new Uint8Array(PDF)]));
    return addStepFile(tx, {
      cycleId: (await c.state()).cycleId,
      unitId,
      purpose: 'withdrawalLetter',
      fileName: 'Công văn 31-TTr-VP.pdf',
      contentType: 'application/pdf',
      storage: { key, sizeBytes: PDF.length, sha256: createHash('sha256').update(PDF).digest('hex') },
      uploadedBy: years.harness.users.get(uploader) as string,
    });
  });
}

let c: CycleDriver;

describe.sequential('cases recorded against units decide who stands, as the year’s rules say', () => {
  const year = 2086;
  const inspected = 'u-snv';
  const otherCase = 'u-stp';
  const complained = 'u-ttt';
  const disqualified = 'u-bchqs';
  const base = demoRuleSet(year);
  // This year's rules: a complaint being verified is recorded but blocks nothing; no collective
  // discipline kind.
  const ruleSet: RuleSet = {
    ...base,
    eligibilityBlocks: base.eligibilityBlocks
      .filter((b) => b.code !== 'collectiveDiscipline')
      .map((b) => (b.code === 'pendingComplaintOrDenunciation' ? { ...b, appliesTo: [] } : b)),
  };
  const inspection = {
    unitId: inspected,
    code: 'investigationOnViolationSigns' as const,
    reason: 'Thanh tra tỉnh đang thanh tra việc quản lý, sử dụng kinh phí cải cách hành chính',
    documentRef: `Quyết định số 45/QĐ-TTr ngày 02/11/${year} của Chánh Thanh tra tỉnh`,
  };
  let cycleId: string;
  let head: Caller;
  let deputy: Caller;
  let secretariat: Caller;
  let inspectionId: string;

  test('the secretariat and the bloc head record cases; the bloc sees them with what they block', async () => {
    c = await new CycleDriver(years.harness, { year, ruleSet }).start();
    cycleId = (await c.state()).cycleId;
    head = await appointed(BLOC_HEAD_2023, 'blocHead', year);
    deputy = await appointed(BLOC_DEPUTY_2023, 'blocDeputy', year);
    secretariat = await as(SECRETARIAT);
    await c.adoptAndSign();
    await c.registerAll();
    await c.submitAll();
    await waitFor(
      async () => (await head.cycles.get({ cycleId })).phase,
      (p) => p === 'review',
    );

    // Offered to the secretariat and the bloc head, not to a unit or the deputy.
    expect((await secretariat.cycles.get({ cycleId })).allowedActions).toContain('recordEligibilityCase');
    expect((await head.cycles.get({ cycleId })).allowedActions).toContain('recordEligibilityCase');
    const own = await as(unitHead(inspected));
    expect((await own.cycles.get({ cycleId })).allowedActions).not.toContain('recordEligibilityCase');
    await refused(own.eligibility.recordCase({ cycleId, ...inspection }), 'FORBIDDEN_ROLE');
    await refused(deputy.eligibility.recordCase({ cycleId, ...inspection }), 'FORBIDDEN_ROLE');
    // Only the kinds the year's rules list.
    const unknownKind = await refused(
      secretariat.eligibility.recordCase({ cycleId, ...inspection, code: 'collectiveDiscipline' }),
      'INVALID_INPUT',
    );
    expect(unknownKind.message).toContain(`Loại vụ việc không có trong bộ quy định năm ${year}`);
    expect(unknownKind.message).toContain('Đang bị điều tra, thanh tra, kiểm tra khi có dấu hiệu vi phạm');
    // An upload not made for this unit's case is refused before the step.
    await refused(
      secretariat.eligibility.recordCase({
        cycleId,
        ...inspection,
        fileId: '00000000-0000-4000-8000-000000000000',
      }),
      'INVALID_INPUT',
    );

    inspectionId = (await secretariat.eligibility.recordCase({ cycleId, ...inspection })).caseId;
    await head.eligibility.recordCase({
      cycleId,
      unitId: otherCase,
      code: 'other',
      reason: 'Cơ quan điều tra đang xác minh tin báo về vi phạm trong đấu thầu mua sắm tài sản',
      documentRef: `Công văn số 210/CSĐT ngày 20/11/${year} của Cơ quan Cảnh sát điều tra`,
    });
    await secretariat.eligibility.recordCase({
      cycleId,
      unitId: complained,
      code: 'pendingComplaintOrDenunciation',
      reason: 'Đơn tố cáo về việc bổ nhiệm cán bộ đang được xác minh',
      documentRef: `Thông báo thụ lý số 08/TB-TTr ngày 25/11/${year}`,
    });
    // The deputy marks a disqualifier on a sheet it reviews.
    await deputy.review.setScores({ cycleId, unitId: disqualified, disqualifierIds: ['d1'] });

    const view = await waitFor(
      async () => (await as(unitOfficer('u-qltt'))).eligibility.list({ cycleId }),
      (v) => v.cases.length === 3,
    );
    expect(view.kinds.map((k) => k.code)).not.toContain('collectiveDiscipline');
    expect(view.kinds.find((k) => k.code === 'other')).toMatchObject({
      blocks: ['provincialFlag'],
      blocksText: 'Không suy tôn Cờ thi đua',
    });
    expect(view.cases).toEqual([
      expect.objectContaining({
        caseId: inspectionId,
        name: unitName(inspected),
        kind: 'Đang bị điều tra, thanh tra, kiểm tra khi có dấu hiệu vi phạm',
        reason: inspection.reason,
        documentRef: inspection.documentRef,
        blocksText: 'Không bình xét mọi hình thức khen thưởng',
        clearedOn: null,
      }),
      expect.objectContaining({ unitId: otherCase, blocksText: 'Không suy tôn Cờ thi đua' }),
      expect.objectContaining({
        unitId: complained,
        blocksText: 'Chỉ ghi nhận, không ảnh hưởng đến bình xét',
      }),
    ]);
    const history = await head.audit.list({ cycleId });
    expect(history.rows.find((r) => r.action === 'eligibility.record')).toMatchObject({
      actionLabel: 'Ghi nhận vụ việc ảnh hưởng điều kiện khen thưởng',
      detail: expect.stringContaining(unitName(complained)),
    });
  }, 180_000);

  test('the chair cannot put a unit under a case or disqualified on the list: the refusal says why', async () => {
    await head.review.lock({ cycleId });
    await waitFor(
      async () => (await head.cycles.get({ cycleId })).phase,
      (p) => p === 'conference',
    );
    await c.attendance();
    const underCase = await refused(
      head.conference.openRound({ cycleId, voteKind: 'provincialFlag', candidateUnitIds: [inspected] }),
      'UNIT_INELIGIBLE',
    );
    expect(underCase.message).toContain(
      `${unitName(inspected)} (Đang bị điều tra, thanh tra, kiểm tra khi có dấu hiệu vi phạm: ${inspection.reason} (${inspection.documentRef}))`,
    );
    expect(underCase.message).not.toContain(inspected);
    const sheet = await refused(
      head.conference.openRound({ cycleId, voteKind: 'provincialFlag', candidateUnitIds: [disqualified] }),
      'UNIT_INELIGIBLE',
    );
    expect(sheet.message).toContain(
      `${unitName(disqualified)} (Vi phạm điều kiện loại trong bảng tiêu chí: Tập thể bị xử lý kỷ luật trong năm`,
    );
  }, 120_000);

  test('clearing the case restores the unit; the ballot and the vote screen name the others with why', async () => {
    const clearing = {
      cycleId,
      unitId: inspected,
      caseId: inspectionId,
      clearedOn: vietnamDate(Date.now()),
      note: `Kết luận thanh tra số 60/KL-TTr ngày ${vietnamDate(Date.now())}: không có vi phạm`,
    };
    await refused(
      secretariat.eligibility.clearCase({ ...clearing, caseId: `${cycleId}:case:99` }),
      'ELIGIBILITY_CASE_NOT_FOUND',
    );
    await secretariat.eligibility.clearCase(clearing);
    await refused(secretariat.eligibility.clearCase(clearing), 'ELIGIBILITY_CASE_CLEARED');
    await waitFor(
      () => secretariat.eligibility.list({ cycleId }),
      (v) => v.cases.find((x) => x.caseId === inspectionId)?.clearedOn === clearing.clearedOn,
    );

    const flag = await head.conference.openRound({ cycleId, voteKind: 'provincialFlag' });
    // Cleared: a candidate again; a complaint the rules let pass blocks nothing.
    expect(flag.candidateUnitIds).toContain(inspected);
    expect(flag.candidateUnitIds).toContain(complained);
    expect(flag.candidateUnitIds).not.toContain(otherCase);
    expect(flag.candidateUnitIds).not.toContain(disqualified);
    const round = (await (await as(unitOfficer('u-qltt'))).conference.get({ cycleId })).rounds.find(
      (r) => r.id === flag.roundId,
    );
    expect(round?.excluded).toEqual(
      expect.arrayContaining([
        {
          unitId: otherCase,
          name: unitName(otherCase),
          reasons: [
            expect.stringContaining(
              'Có vụ việc khác đang được cơ quan có thẩm quyền xem xét: Cơ quan điều tra đang xác minh tin báo',
            ),
          ],
        },
        expect.objectContaining({
          unitId: disqualified,
          reasons: expect.arrayContaining([
            'Vi phạm điều kiện loại trong bảng tiêu chí: Tập thể bị xử lý kỷ luật trong năm',
          ]),
        }),
      ]),
    );
    expect(round?.excluded.map((x) => x.unitId)).not.toContain(inspected);
    const ballot = await recordText(cycleId, 'phieu-bau-co-thi-dua-vong-1.docx');
    expect(ballot).toContain('Cơ quan điều tra đang xác minh tin báo về vi phạm trong đấu thầu');
    expect(ballot).toContain('Tập thể bị xử lý kỷ luật trong năm');

    // A flag-only case leaves the unit standing for a certificate.
    await c.vote(flag.roundId, Object.fromEntries(c.input.units.map((u) => [u.id, [inspected]])));
    await head.conference.closeRound({ roundId: flag.roundId });
    // The unit under a complaint gives way for the certificates, by its head's letter with its scan.
    const letterFileId = await storedLetter(complained, unitHead(complained));
    const letter = {
      cycleId,
      unitId: complained,
      voteKind: 'certificateOfMerit' as const,
      reason: 'Đơn vị nhường suất cho đơn vị bạn',
      letterNumber: '31/TTr-VP',
      letterDate: vietnamDate(Date.now()),
    };
    const own = await as(unitHead(complained));
    // A file uploaded by someone else, or for another unit, is not the unit's letter.
    await refused(
      own.conference.withdrawCandidacy({
        ...letter,
        letterFileId: await storedLetter(complained, SECRETARIAT),
      }),
      'INVALID_INPUT',
    );
    await own.conference.withdrawCandidacy({ ...letter, letterFileId });
    const withdrawals = await waitFor(
      async () => (await secretariat.conference.get({ cycleId })).withdrawals,
      (w) => w.length === 1,
    );
    expect(withdrawals[0]).toMatchObject({
      unitId: complained,
      letter: { fileId: letterFileId, fileName: 'Công văn 31-TTr-VP.pdf' },
    });

    const cert = await head.conference.openRound({ cycleId, voteKind: 'certificateOfMerit' });
    expect(cert.candidateUnitIds).toContain(otherCase);
    expect(cert.candidateUnitIds).not.toContain(inspected);
    expect(cert.candidateUnitIds).not.toContain(complained);
    const certRound = (await secretariat.conference.get({ cycleId })).rounds.find(
      (r) => r.id === cert.roundId,
    );
    expect(certRound?.excluded.find((x) => x.unitId === complained)?.reasons).toEqual([
      expect.stringContaining('xin rút khỏi danh sách bình xét (Công văn số 31/TTr-VP'),
    ]);
  }, 180_000);
});
