import { demoUserSlug } from '@thidua/domain';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Actors } from '../support/actors';
import { docxText } from '../support/docx';
import { confirm, fillDate, toast, untilValue } from '../support/steps';
import { type Contender, demo } from './demo-cycle';

/**
 * The year of the demo cycle as its people do it in the UI, one function per step. The e2e test
 * asserts around them; the screenshot script photographs the screens between them.
 */

export async function openCycle(page: Page, tab?: string): Promise<void> {
  await page.goto(`/cycles/${demo.cycleId}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  if (tab) await page.getByRole('tab', { name: tab }).click();
}

export const phaseBadge = (page: Page, label: string) => page.getByText(`Giai đoạn hiện tại: ${label}`);

export async function startCycle(a: Actors): Promise<void> {
  const page = await a.as(demo.secretariat);
  await openCycle(page);
  await fillDate(page.getByLabel('Hạn đăng ký thi đua'), 10);
  await fillDate(page.getByLabel('Hạn nộp bản tự chấm điểm'), 20);
  await fillDate(page.getByLabel('Hạn phản hồi kết quả thẩm định'), 30);
  await fillDate(page.getByLabel('Hạn gửi hồ sơ đề nghị'), 40);
  await page.getByRole('button', { name: 'Khởi động năm thi đua' }).click();
  await toast(page, 'Đã khởi động năm thi đua.');
}

export async function adoptPlan(a: Actors): Promise<void> {
  const page = await a.as(demo.blocHead);
  await openCycle(page);
  await page.getByRole('button', { name: 'Thông qua kế hoạch, bảng tiêu chí' }).click();
  await toast(page, 'Đã ghi nhận.');
}

/** Every unit head signs the pact; the last signature opens the registration. */
export async function signPacts(a: Actors): Promise<void> {
  for (const username of demo.unitHeads) {
    const page = await a.as(username);
    await openCycle(page);
    await page.getByRole('button', { name: 'Ký giao ước thi đua' }).click();
    await page.getByText('Đơn vị đã ký giao ước thi đua.').first().waitFor();
    await a.release(username);
  }
  const head = await a.as(demo.blocHead);
  await openCycle(head);
  await phaseBadge(head, 'Đăng ký thi đua').waitFor();
}

/** The bloc head ends a phase before every unit is done, with the reason on record. */
export async function advancePhase(a: Actors, reason: string, next: string): Promise<void> {
  const page = await a.as(demo.blocHead);
  await openCycle(page);
  await page.getByLabel('Lý do').fill(reason);
  await page.getByRole('button', { name: 'Chuyển giai đoạn' }).click();
  await phaseBadge(page, next).waitFor();
}

/** The bloc head gives a unit still working on its sheet more time, from the tracker. */
export async function grantExtension(a: Actors, unitName: string, reason: string): Promise<Page> {
  const page = await a.as(demo.blocHead);
  await page.goto('/tracker');
  await page.getByRole('button', { name: `Gia hạn cho ${unitName}` }).click();
  const dialog = page.getByRole('dialog', { name: `Gia hạn cho ${unitName}` });
  await fillDate(dialog.getByLabel('Gia hạn đến ngày'), 25);
  await dialog.getByLabel('Lý do').fill(reason);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await toast(page, 'Đã gia hạn.');
  return page;
}

export async function fillSelfAssessment(a: Actors, unit: Contender): Promise<Page> {
  const officer = await a.as(`${unit.slug}.canbo`);
  await officer.goto(`/cycles/${demo.cycleId}/self-assessment/${unit.unitId}`);
  for (const c of demo.criteria) {
    await officer.getByLabel(`Điểm tự chấm tiêu chí ${c.code}`).fill(String(c.maxPoints).replace('.', ','));
  }
  await officer
    .getByLabel(`Giải trình tiêu chí ${demo.criteria[0]!.code}`)
    .fill('Hoàn thành 100% chỉ tiêu giao ước.');
  await officer.getByRole('button', { name: 'Lưu nháp' }).click();
  await officer.getByText(/^Đã lưu lúc/).waitFor();
  await uploadEvidence(officer, demo.criteria[0]!.code);
  return officer;
}

/**
 * An officer types an explanation under a score that is not valid yet and reloads: both come back as
 * typed, the score marked, and the draft says how many entries still need fixing. Returns the page.
 */
export async function typeUnderInvalidScore(a: Actors, unitId: string, explanation: string): Promise<Page> {
  const officer = await a.as(`${demoUserSlug(unitId)}.canbo`);
  await officer.goto(`/cycles/${demo.cycleId}/self-assessment/${unitId}`);
  const code = demo.criteria[0]!.code;
  const score = officer.getByLabel(`Điểm tự chấm tiêu chí ${code}`);
  await score.fill(String(demo.criteria[0]!.maxPoints + 5));
  await officer.getByLabel(`Giải trình tiêu chí ${code}`).fill(explanation);
  await officer.getByText(/^Đã lưu lúc \d{2}:\d{2}$/).waitFor();
  await officer.reload();
  await untilValue(officer.getByLabel(`Giải trình tiêu chí ${code}`), explanation);
  await untilValue(score, String(demo.criteria[0]!.maxPoints + 5));
  await officer.getByText('Còn 1 ô chưa hợp lệ', { exact: false }).waitFor();
  return officer;
}

const evidenceFileName = 'bao-cao-ket-qua-giao-uoc.pdf';

/** A (tiny) PDF as evidence of a criterion, through the file chooser, until its link shows. */
async function uploadEvidence(page: Page, code: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: `Tải tệp minh chứng cho tiêu chí ${code}` }).click();
  await (await chooser).setFiles({
    name: evidenceFileName,
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
  });
  await page.getByRole('link', { name: new RegExp(evidenceFileName) }).waitFor();
}

export async function signOffAndSubmit(a: Actors, unit: Contender): Promise<Page> {
  const head = await a.as(`${unit.slug}.thutruong`);
  await head.goto(`/cycles/${demo.cycleId}/self-assessment/${unit.unitId}`);
  await untilValue(head.getByLabel(`Điểm tự chấm tiêu chí ${demo.criteria[0]!.code}`), '30');
  await confirm(head, 'Ký duyệt');
  await head.getByText('Thủ trưởng đã ký duyệt').first().waitFor();
  await confirm(head, 'Nộp bản tự chấm');
  await head.getByText('Đã nộp', { exact: true }).first().waitFor();
  return head;
}

/** One criterion of Sở Tư pháp is cut by half a point with a reason; Thanh tra tỉnh is accepted as is. */
export async function reviewSheets(a: Actors): Promise<Page> {
  const page = await a.as(demo.blocHead);
  await openCycle(page, 'Thẩm định');
  await page.getByRole('button', { name: 'Thẩm định: Sở Tư pháp' }).click();
  // The reviewers see the unit's evidence beside its explanation.
  await page.getByRole('link', { name: evidenceFileName }).waitFor();
  const cut = demo.criteria[1]!;
  await page.getByLabel(`Điểm thẩm định tiêu chí ${cut.code}`).fill('9,5');
  await page
    .getByLabel(`Lý do điều chỉnh tiêu chí ${cut.code}`)
    .fill('Một văn bản tham mưu ban hành chậm so với kế hoạch.');
  await page.getByRole('button', { name: 'Lưu kết quả thẩm định' }).click();
  await toast(page, 'Đã lưu kết quả thẩm định.');
  await page.getByRole('button', { name: 'Thẩm định: Thanh tra tỉnh' }).click();
  await page.getByRole('button', { name: 'Lưu kết quả thẩm định' }).click();
  await toast(page, 'Đã lưu kết quả thẩm định.');
  await page
    .getByRole('row', { name: /Sở Tư pháp/ })
    .getByText('99,50')
    .waitFor();
  return page;
}

export async function lockScores(a: Actors): Promise<void> {
  const page = await a.as(demo.blocHead);
  await openCycle(page, 'Thẩm định');
  await confirm(page, 'Khóa điểm và xếp hạng');
  await phaseBadge(page, 'Hội nghị tổng kết').waitFor();
}

async function fillPerson(page: Page, who: string, unit: string, name: string, post: string) {
  await page.getByLabel(`${who}: đơn vị`).selectOption({ label: unit });
  await page.getByLabel(`${who}: họ và tên`).fill(name);
  await page.getByLabel(`${who}: chức vụ`).fill(post);
}

/** The chair records who is present and the session the minutes will print. */
export async function recordAttendance(a: Actors): Promise<void> {
  const chair = await a.as(demo.blocHead);
  await openCycle(chair, 'Hội nghị');
  const record = chair.getByRole('button', { name: 'Ghi nhận điểm danh' });
  await chair.getByLabel('Địa điểm').fill('Hội trường tầng 3, trụ sở Thanh tra tỉnh');
  await chair.getByLabel('Chủ trì: họ và tên').fill('Lường Văn Thành');
  await chair.getByLabel('Chủ trì: chức vụ').fill('Chánh Thanh tra tỉnh');
  await fillPerson(chair, 'Thư ký', 'Thanh tra tỉnh', 'La Thị Huyền', 'Chánh Văn phòng Thanh tra tỉnh');
  // Not yet complete: the screen refuses as the server would, naming what is missing.
  await chair.getByText('Chưa nhập đơn vị của thành viên Ban kiểm phiếu.').waitFor();
  if (await record.isEnabled()) throw new Error('the attendance button is offered for an incomplete session');
  await fillPerson(
    chair,
    'Trưởng ban kiểm phiếu',
    'Sở Nội vụ',
    'Đinh Văn Khánh',
    'Phó Chánh Văn phòng Sở Nội vụ',
  );
  await fillPerson(
    chair,
    'Thành viên Ban kiểm phiếu 1',
    'Công an tỉnh',
    'Hoàng Văn Sơn',
    'Phó Chánh Văn phòng Công an tỉnh',
  );
  await fillPerson(
    chair,
    'Thành viên Ban kiểm phiếu 2',
    'Viện Kiểm sát nhân dân tỉnh',
    'Bế Thị Hạnh',
    'Chuyên viên Văn phòng Viện Kiểm sát nhân dân tỉnh',
  );
  await record.click();
  await toast(chair, 'Đã ghi nhận điểm danh.');
}

const roundRegion = (page: Page, award: string) => page.getByRole('region', { name: `${award} – vòng 1` });

export async function openRound(a: Actors, award: string): Promise<void> {
  const chair = await a.as(demo.blocHead);
  await openCycle(chair, 'Hội nghị');
  // The journey's rounds are counted without a board's devices (e2e/encrypted-round runs those).
  await chair.getByRole('checkbox', { name: /^Không mã hóa phiếu/ }).check();
  await chair.getByRole('button', { name: `Mở vòng bỏ phiếu: ${award}` }).click();
  await toast(chair, 'Đã mở vòng bỏ phiếu.');
}

/** A member unit's secret ballot: tick, cast, confirm. `beforeConfirm` sees the confirmation dialog. */
export async function castBallot(
  a: Actors,
  voter: string,
  award: string,
  winner: string,
  beforeConfirm?: (page: Page) => Promise<void>,
): Promise<void> {
  const page = await a.as(voter);
  await openCycle(page, 'Hội nghị');
  await roundRegion(page, award).getByRole('link', { name: 'Bỏ phiếu' }).click();
  await page.getByRole('checkbox', { name: `Chọn ${winner}` }).check();
  await page.getByRole('button', { name: 'Bỏ phiếu' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }).waitFor();
  await beforeConfirm?.(page);
  await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }).click();
  await page.getByText('Đơn vị đã bỏ phiếu trong vòng này.').first().waitFor();
}

export async function closeRound(a: Actors, award: string, voters: number): Promise<Page> {
  const chair = await a.as(demo.blocHead);
  await openCycle(chair, 'Hội nghị');
  const round = roundRegion(chair, award);
  await round.getByText(`Đã bỏ phiếu ${voters}/`).waitFor();
  await round.getByRole('button', { name: 'Kết thúc bỏ phiếu và kiểm phiếu' }).click();
  // Present units that have not voted: the chair confirms them by name before the count.
  const dialog = chair.getByRole('dialog');
  await dialog.getByText('Các đơn vị có mặt sau chưa bỏ phiếu:').waitFor();
  await dialog
    .getByRole('checkbox', { name: 'Tôi xác nhận các đơn vị trên không bỏ phiếu trong vòng này' })
    .check();
  await dialog.getByRole('button', { name: 'Xác nhận' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await round.getByRole('table', { name: 'Kết quả kiểm phiếu' }).waitFor();
  return chair;
}

/** The round's tally row of a unit, as the chair sees it. */
export const tallyRow = (page: Page, award: string, unit: string) =>
  roundRegion(page, award)
    .getByRole('table', { name: 'Kết quả kiểm phiếu' })
    .getByRole('row', { name: new RegExp(unit) });

/**
 * The chair confirms the results. Leaders elected against the rotation rule show its warning, with
 * the rule's citation, before the confirmation, which then needs the reason the minutes record.
 */
export async function confirmResults(a: Actors, rotationReason?: string): Promise<Page> {
  const chair = await a.as(demo.blocHead);
  await openCycle(chair, 'Hội nghị');
  if (rotationReason) {
    const warning = chair.getByRole('alert').filter({ hasText: 'khác thông lệ luân phiên' }).first();
    await warning.waitFor();
    // Each warning names the unit, and the rule is cited with where it is written.
    const text = (await warning.textContent()) ?? '';
    expect(text).toContain('Đơn vị đã làm Trưởng Khối năm');
    expect(text).toMatch(/Quy định: .+\(.*1122\/BTĐKT-VI.*\)/);
    await chair.getByRole('button', { name: 'Xác nhận kết quả hội nghị' }).click();
    const dialog = chair.getByRole('dialog');
    const accept = dialog.getByRole('button', { name: 'Xác nhận' });
    if (await accept.isEnabled()) throw new Error('the confirmation is offered without the reason');
    await dialog.getByLabel(/^Lý do Hội nghị giữ kết quả bầu/).fill(rotationReason);
    await accept.click();
    await dialog.waitFor({ state: 'hidden' });
  } else {
    await confirm(chair, 'Xác nhận kết quả hội nghị');
  }
  await phaseBadge(chair, 'Hồ sơ đề nghị').waitFor();
  return chair;
}

/** The secretariat moves the year's self-assessment deadline (to a past day: later hand-ins are late). */
export async function moveSelfAssessmentDeadline(a: Actors, days: number, reason: string): Promise<void> {
  const page = await a.as(demo.secretariat);
  await page.goto('/tracker');
  const title = /^Dời thời hạn: .* năm 2023$/;
  await page.getByRole('button', { name: title }).click();
  const dialog = page.getByRole('dialog', { name: title });
  // The field's name is also the start of the warning a past day brings ("Ngày mới đã qua").
  await fillDate(dialog.getByRole('textbox', { name: 'Ngày mới', exact: true }), days);
  await dialog.getByRole('alert', { name: 'Ngày mới đã qua' }).waitFor();
  await dialog.getByLabel('Lý do').fill(reason);
  await dialog.getByRole('button', { name: 'Vẫn lưu ngày đã qua' }).click();
  await toast(page, 'Đã dời thời hạn.');
  await a.release(demo.secretariat);
}

/** Waits until the workflow has generated the records of the dossier. */
export async function openDossier(a: Actors, username = demo.blocHead): Promise<Page> {
  const page = await a.as(username);
  await openCycle(page, 'Hồ sơ');
  await page
    .getByRole('table', { name: 'Văn bản trong hồ sơ' })
    .getByRole('rowheader', { name: demo.proposalTitle })
    .waitFor({ timeout: 120_000 });
  return page;
}

export async function previewProposal(page: Page): Promise<void> {
  await page.getByRole('button', { name: `Xem trước ${demo.proposalTitle}` }).click();
  await page.getByTestId('docx-preview').getByText('TỜ TRÌNH').first().waitFor();
}

export async function submitDossier(a: Actors): Promise<void> {
  const page = await openDossier(a);
  await confirm(page, 'Gửi hồ sơ lên UBND tỉnh');
  await phaseBadge(page, 'UBND tỉnh xem xét').waitFor();
}

export async function openCommitteeReview(a: Actors): Promise<Page> {
  const page = await a.as(demo.committee);
  await page.goto('/committee');
  await page.getByRole('link', { name: /Xem xét hồ sơ .* năm 2023/ }).click();
  await page.getByRole('heading', { name: 'Xem xét hồ sơ đề nghị khen thưởng' }).waitFor();
  return page;
}

export async function acceptProposal(a: Actors): Promise<Page> {
  const page = await openCommitteeReview(a);
  await confirm(page, 'Chấp thuận hồ sơ');
  await page.getByLabel('Số quyết định').waitFor();
  return page;
}

export async function recordDecision(a: Actors): Promise<Page> {
  const page = await a.as(demo.committee);
  await page.getByLabel('Số quyết định').fill('163/QĐ-UBND');
  await page.getByLabel(/^Người ký/).fill('Nguyễn Văn Thành');
  await confirm(page, 'Ghi nhận quyết định');
  await page.getByText('Đã có quyết định khen thưởng').first().waitFor();
  return page;
}

/** The Tờ trình as downloaded from the dossier screen, as text. */
export async function downloadProposalText(a: Actors): Promise<string> {
  const page = await openDossier(a);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: `Tải về ${demo.proposalTitle}` }).click();
  const file = await (await download).path();
  const { readFileSync } = await import('node:fs');
  return docxText(new Uint8Array(readFileSync(file)));
}

/** The secretariat records a case against a unit, of one of the year's kinds, on the conference screen. */
export async function recordEligibilityCase(
  a: Actors,
  c: { unit: string; kind: string; reason: string; documentRef: string },
): Promise<void> {
  const page = await a.as(demo.secretariat);
  await openCycle(page, 'Hội nghị');
  const panel = page.getByRole('region', { name: 'Vụ việc ảnh hưởng điều kiện khen thưởng' });
  await panel.getByLabel(/^Đơn vị/).selectOption({ label: c.unit });
  await panel.getByLabel(/^Loại vụ việc/).selectOption({ label: c.kind });
  await panel.getByLabel(/^Nội dung vụ việc/).fill(c.reason);
  await panel.getByLabel(/^Văn bản làm căn cứ/).fill(c.documentRef);
  await confirm(page, 'Ghi nhận vụ việc', panel);
  await toast(page, 'Đã ghi nhận vụ việc.');
}

/** A unit's head withdraws the unit from an award before its vote, by letter, attaching its scan. */
export async function withdrawByLetter(
  a: Actors,
  unitHead: string,
  w: { award: string; reason: string; letterNumber: string; scan: { name: string; bytes: Buffer } },
): Promise<Page> {
  const page = await a.as(unitHead);
  await openCycle(page, 'Hội nghị');
  const panel = page.getByRole('region', { name: 'Đơn vị xin rút khỏi danh sách bình xét' });
  await panel.getByLabel(/^Nội dung bình xét/).selectOption({ label: w.award });
  await panel.getByLabel(/^Lý do xin rút/).fill(w.reason);
  await panel.getByLabel(/^Số công văn/).fill(w.letterNumber);
  await fillDate(panel.getByLabel(/^Ngày công văn/), 0);
  const chooser = page.waitForEvent('filechooser');
  await panel.getByLabel(/^Bản chụp công văn/).click();
  await (await chooser).setFiles({ name: w.scan.name, mimeType: 'application/pdf', buffer: w.scan.bytes });
  await confirm(page, 'Rút khỏi danh sách bình xét', panel);
  await toast(page, 'Đã rút đơn vị khỏi danh sách bình xét.');
  return page;
}
