import { vietnamDate } from '@thidua/domain';
import { expect } from 'vitest';
import { checkRecord } from '../../../documents/test/format-checker';
import { unitName } from '../../../workflows/test/support/cycle-driver';
import { docxText } from '../../../workflows/test/support/docx-text';
import type { Caller } from './callers';
import { refused } from './errors';
import { liveRecordSpec } from './record-specs';

/** A case found after the decision against a unit it awarded, as the tests record it. */
export interface FoundCase {
  unitId: string;
  code: 'investigationOnViolationSigns';
  reason: string;
  documentRef: string;
}

/** An inspection's finding against Sở Nội vụ (its flag's year), concluded on `concludedOn` (DD/MM/YYYY). */
export const inspectionFinding = (concludedOn: string): FoundCase => ({
  unitId: 'u-snv',
  code: 'investigationOnViolationSigns',
  reason: 'Thanh tra tỉnh phát hiện sai phạm trong quản lý kinh phí năm được khen thưởng',
  documentRef: `Kết luận thanh tra số 15/KL-TTr ngày ${concludedOn} của Chánh Thanh tra tỉnh`,
});

/** The bloc's reason for proposing that the flag be revoked. */
export const revocationReason = 'Đơn vị không đủ điều kiện tặng Cờ thi đua tại thời điểm xét khen thưởng';

type Proposal = Parameters<Caller['dossier']['proposeRevocation']>[0];

/** A proposal without grounds is refused, named: an award the decision did not make, a case not recorded. */
export async function refusedWithoutGrounds(caller: Caller, proposal: Proposal, decisionNumber: string) {
  const notDecided = await refused(
    caller.dossier.proposeRevocation({ ...proposal, award: 'certificateOfMerit' }),
    'AWARD_NOT_DECIDED',
  );
  expect(notDecided.message).toBe(
    `${unitName(proposal.unitId)} không được tặng Bằng khen của Chủ tịch UBND tỉnh theo Quyết định số ${decisionNumber}: không có khen thưởng để đề nghị hủy/thu hồi.`,
  );
  const noCase = await refused(
    caller.dossier.proposeRevocation({ ...proposal, caseId: `${proposal.cycleId}:case:99` }),
    'ELIGIBILITY_CASE_NOT_FOUND',
  );
  expect(noCase.message).toContain('ghi nhận vụ việc trước, rồi đề nghị hủy/thu hồi');
}

/** The dossier lists the proposal with its case, and its Tờ trình among the year's records. */
export function expectProposalListed(
  dossier: Awaited<ReturnType<Caller['dossier']['list']>>,
  found: FoundCase,
  reason: string,
) {
  expect(dossier.revocations).toEqual([
    expect.objectContaining({
      unitId: found.unitId,
      awardKind: 'provincialFlag',
      caseReason: found.reason,
      caseRef: found.documentRef,
      reason,
    }),
  ]);
  expect(dossier.documents.filter((x) => x.recordType === 'revocationProposal')).toEqual([
    expect.objectContaining({
      title: `Tờ trình đề nghị hủy/thu hồi Cờ thi đua của UBND tỉnh của ${unitName(found.unitId)}`,
      fileName: `to-trinh-thu-hoi-co-thi-dua-${found.unitId}.docx`,
      numberLabel: expect.stringMatching(/^\d+\/TTr-/),
    }),
  ]);
}

/** The Tờ trình of a flag's revocation: its subject, the decision, the case, the reason; signed by the bloc's head. */
export function expectRevocationRecord(
  bytes: Uint8Array,
  y: { year: number; decisionNumber: string; headUnitId: string },
  found: FoundCase,
  reason: string,
) {
  const text = docxText(bytes);
  expect(text).toContain(`Về việc đề nghị hủy quyết định, thu hồi Cờ thi đua của UBND tỉnh năm ${y.year}`);
  expect(text).toContain(`Theo Quyết định số ${y.decisionNumber} ngày`);
  expect(text).toContain(
    `Đang bị điều tra, thanh tra, kiểm tra khi có dấu hiệu vi phạm: ${found.reason} (${found.documentRef})`,
  );
  expect(text).toContain(`Lý do đề nghị: ${reason}.`);
  const spec = liveRecordSpec(
    {
      province: 'Thái Nguyên',
      year: y.year,
      signedOn: vietnamDate(Date.now()),
      headUnitId: y.headUnitId,
      decisionSigner: [],
      nominee: () => ({ unitId: '', name: '' }),
    },
    `to-trinh-thu-hoi-co-thi-dua-${found.unitId}.docx`,
  );
  expect(checkRecord(bytes, spec)).toEqual([]);
}
