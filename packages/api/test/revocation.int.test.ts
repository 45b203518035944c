/**
 * Đề nghị hủy/thu hồi khen thưởng on real Temporal and PostgreSQL, through the API as the roles that
 * act: after the UBND decision the secretariat records a case found later against a unit it awarded;
 * the bloc head proposes that the award be revoked, on that case, with a reason. The history, the
 * dossier (the proposal and its Tờ trình) and the record's text show it; the step is offered exactly
 * to the secretariat and the bloc head, and refused for an award not decided or proposed twice.
 */
import { documents } from '@thidua/db/schema';
import { vietnamDate } from '@thidua/domain';
import { and, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { checkRecord } from '../../documents/test/format-checker';
import { CycleDriver, unitName } from '../../workflows/test/support/cycle-driver';
import { docxText } from '../../workflows/test/support/docx-text';
import { BLOC_DEPUTY_2023, BLOC_HEAD_2023, SECRETARIAT, unitHead } from './helpers/demo-users';
import { drivenReads } from './helpers/driven-reads';
import { drivenYearsOfFile } from './helpers/driven-year';
import { refused } from './helpers/errors';
import { liveRecordSpec } from './helpers/record-specs';
import { waitFor } from './helpers/wait';

const years = drivenYearsOfFile('thidua_api_revocation');
const { as, appointed, phaseProjected } = drivenReads(years);

describe.sequential('an award proposed for revocation on a case found after the decision', () => {
  const year = 2085;
  const found = {
    unitId: 'u-snv',
    code: 'investigationOnViolationSigns' as const,
    reason: 'Thanh tra tỉnh phát hiện sai phạm trong quản lý kinh phí năm được khen thưởng',
    documentRef: `Kết luận thanh tra số 15/KL-TTr ngày 10/01/${year + 1} của Chánh Thanh tra tỉnh`,
  };
  const reason = 'Đơn vị không đủ điều kiện tặng Cờ thi đua tại thời điểm xét khen thưởng';

  test('the bloc head proposes it on the recorded case; every role sees it in the history and the dossier', async () => {
    const c = await new CycleDriver(years.harness, { year }).start();
    const cycleId = (await c.state()).cycleId;
    await c.toConference();
    await c.voteAwards();
    await c.electLeaders('u-cat', 'u-tand');
    await c.step('confirmResults', 'head', {});
    await c.dossierReady(90_000);
    await c.step('submitProposal', 'head', {});
    await c.step('acceptProposal', 'committee', {});
    await c.decide('85/QĐ-UBND', { 'u-snv': 'provincialFlag', 'u-stp': 'certificateOfMerit' });
    await phaseProjected(cycleId, 'decided');

    const head = await appointed(BLOC_HEAD_2023, 'blocHead', year);
    const deputy = await appointed(BLOC_DEPUTY_2023, 'blocDeputy', year);
    const secretariat = await as(SECRETARIAT);
    const own = await as(unitHead(found.unitId));
    // Offered to the secretariat and the bloc head only.
    for (const caller of [head, secretariat]) {
      const actions = (await caller.cycles.get({ cycleId })).allowedActions;
      expect(actions).toContain('proposeRevocation');
      expect(actions).toContain('recordEligibilityCase');
    }
    for (const caller of [deputy, own]) {
      expect((await caller.cycles.get({ cycleId })).allowedActions).not.toContain('proposeRevocation');
    }

    // The case found after the decision is recorded as any case.
    const { caseId } = await secretariat.eligibility.recordCase({ cycleId, ...found });
    const proposal = { cycleId, unitId: found.unitId, award: 'provincialFlag' as const, caseId, reason };
    await refused(own.dossier.proposeRevocation(proposal), 'FORBIDDEN_ROLE');
    await refused(deputy.dossier.proposeRevocation(proposal), 'FORBIDDEN_ROLE');
    const notDecided = await refused(
      head.dossier.proposeRevocation({ ...proposal, award: 'certificateOfMerit' }),
      'AWARD_NOT_DECIDED',
    );
    expect(notDecided.message).toBe(
      `${unitName(found.unitId)} không được tặng Bằng khen của Chủ tịch UBND tỉnh theo Quyết định số 85/QĐ-UBND: không có khen thưởng để đề nghị hủy/thu hồi.`,
    );
    const otherCase = await refused(
      head.dossier.proposeRevocation({ ...proposal, caseId: `${cycleId}:case:99` }),
      'ELIGIBILITY_CASE_NOT_FOUND',
    );
    expect(otherCase.message).toContain('ghi nhận vụ việc trước, rồi đề nghị hủy/thu hồi');

    await head.dossier.proposeRevocation(proposal);
    await refused(head.dossier.proposeRevocation(proposal), 'REVOCATION_ALREADY_PROPOSED');
    expect((await c.state()).revocations).toEqual([
      expect.objectContaining({ unitId: found.unitId, award: 'provincialFlag', caseId, reason }),
    ]);

    // The history, as the secretariat and the bloc read it.
    const history = await secretariat.audit.list({ cycleId, page: { limit: 200, offset: 0 } });
    expect(history.rows.find((r) => r.action === 'award.proposeRevocation')).toMatchObject({
      actionLabel: 'Đề nghị hủy/thu hồi khen thưởng',
      detail: expect.stringContaining(reason),
    });

    // The dossier: the proposal with its case, and its Tờ trình among the year's records.
    const dossier = await waitFor(
      () => secretariat.dossier.list({ cycleId }),
      (d) => d.revocations.length === 1 && d.documents.some((x) => x.recordType === 'revocationProposal'),
    );
    expect(dossier.revocations).toEqual([
      expect.objectContaining({
        unitId: found.unitId,
        awardKind: 'provincialFlag',
        caseReason: found.reason,
        caseRef: found.documentRef,
        reason,
      }),
    ]);
    const record = dossier.documents.find((x) => x.recordType === 'revocationProposal');
    expect(record).toMatchObject({
      title: `Tờ trình đề nghị hủy/thu hồi Cờ thi đua của UBND tỉnh của ${unitName(found.unitId)}`,
      fileName: 'to-trinh-thu-hoi-co-thi-dua-u-snv.docx',
      numberLabel: expect.stringMatching(/^\d+\/TTr-/),
    });
    expect((await head.dossier.list({ cycleId })).revocations).toHaveLength(1);

    const [row] = await years.database.db
      .select({ bytes: documents.bytes })
      .from(documents)
      .where(and(eq(documents.cycleId, cycleId), eq(documents.recordType, 'revocationProposal')));
    const bytes = new Uint8Array(row?.bytes as Buffer);
    const text = docxText(bytes);
    expect(text).toContain(`Về việc đề nghị hủy quyết định, thu hồi Cờ thi đua của UBND tỉnh năm ${year}`);
    expect(text).toContain('Theo Quyết định số 85/QĐ-UBND ngày');
    expect(text).toContain(
      `Đang bị điều tra, thanh tra, kiểm tra khi có dấu hiệu vi phạm: ${found.reason} (${found.documentRef})`,
    );
    expect(text).toContain(`Lý do đề nghị: ${reason}.`);
    const spec = liveRecordSpec(
      {
        province: 'Thái Nguyên',
        year,
        signedOn: vietnamDate(Date.now()),
        headUnitId: 'u-ttt',
        decisionSigner: [],
        nominee: () => ({ unitId: '', name: '' }),
      },
      'to-trinh-thu-hoi-co-thi-dua-u-snv.docx',
    );
    expect(checkRecord(bytes, spec)).toEqual([]);
  }, 360_000);
});
