import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { demo } from '../e2e/journey/demo-cycle';
import * as step from '../e2e/journey/steps';
import { ensureWebBuild } from '../e2e/setup/build-web';
import { startSystem } from '../e2e/setup/system';
import { Actors } from '../e2e/support/actors';
import { launchBrowser } from '../e2e/support/browser';

/**
 * `npm run pnpm -- --filter @thidua/web screenshots`: a PNG of every screen, for a person to review, taken while
 * the demo 2023 cycle goes from its start to the committee's decision (the e2e journey's own steps).
 * Writes ./screenshots/ (apps/web/screenshots). Starts its own system on free ports unless
 * SCREENSHOTS_BASE_URL points at a FRESH one (the walk changes its data). `--width 768` takes them at
 * that window width (default 1366), into ./screenshots/<width>/.
 */
const widthArg = process.argv.indexOf('--width');
const width = widthArg > 0 ? Number(process.argv[widthArg + 1]) : 1366;
const viewport = { width, height: 900 };
const outDir = path.resolve(process.cwd(), 'screenshots', String(width));
const log = (line: string) => console.log(`[screenshots] ${line}`);

async function main(): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  let baseUrl = process.env.SCREENSHOTS_BASE_URL;
  let stop = async () => {};
  if (!baseUrl) {
    await ensureWebBuild(log);
    const system = await startSystem(log);
    baseUrl = system.baseUrl;
    stop = system.stop;
  }
  const browser = await launchBrowser();
  try {
    await walk(new Actors(browser, baseUrl, demo.password, viewport), baseUrl, browser);
  } finally {
    await browser.close();
    await stop();
  }
  log(`done: ${outDir}`);
}

let count = 0;
async function shoot(page: Page, name: string): Promise<void> {
  await page
    .locator('[aria-busy="true"]')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => {});
  // Confirmations fade out on their own (4 s): the picture shows the screen, not the last toast.
  await page
    .locator('.mantine-Notification-root')
    .first()
    .waitFor({ state: 'detached', timeout: 8_000 })
    .catch(() => {});
  await page.waitForTimeout(400); // transitions and charts settle
  await page.evaluate(() => window.scrollTo(0, 0));
  count += 1;
  const file = path.join(outDir, `${String(count).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  log(file);
}

async function walk(
  a: Actors,
  baseUrl: string,
  browser: Awaited<ReturnType<typeof launchBrowser>>,
): Promise<void> {
  const cycle = `/cycles/${demo.cycleId}`;
  const guest = await browser.newContext({
    baseURL: baseUrl,
    locale: 'vi-VN',
    viewport,
  });
  const signIn = await guest.newPage();
  await signIn.goto('/sign-in');
  await shoot(signIn, 'dang-nhap');
  await signIn.getByLabel('Tên đăng nhập').fill('tuphap.canbo');
  await signIn.getByLabel(/^Mật khẩu/).fill('sai-mat-khau-1');
  await signIn.getByRole('button', { name: 'Đăng nhập' }).click();
  await signIn.getByRole('alert').waitFor();
  await shoot(signIn, 'dang-nhap-sai-mat-khau');
  await guest.close();

  const secretariat = await a.as(demo.secretariat);
  await step.openCycle(secretariat);
  await shoot(secretariat, 'nam-thi-dua-thiet-lap-khoi-dong');
  await step.startCycle(a);
  await step.adoptPlan(a);
  await step.signPacts(a);
  await step.advancePhase(a, 'Các đơn vị đã đăng ký tại hội nghị ký kết giao ước.', 'Tự chấm điểm');
  const head = await a.as(demo.blocHead);
  await step.openCycle(head);
  await shoot(head, 'nam-thi-dua-tong-quan');

  const [stp, ttt] = demo.contenders as [(typeof demo.contenders)[0], (typeof demo.contenders)[1]];
  const officer = await a.as(`${stp.slug}.canbo`);
  await officer.goto('/');
  await officer.getByRole('heading', { name: 'Việc cần làm' }).waitFor();
  await shoot(officer, 'viec-can-lam');
  await step.fillSelfAssessment(a, stp);
  await officer.getByLabel('Điểm tự chấm tiêu chí 1.2').fill('12');
  await shoot(officer, 'tu-cham-diem-kiem-tra-diem-toi-da');
  await officer.getByLabel('Điểm tự chấm tiêu chí 1.2').fill('10');
  await officer.getByRole('button', { name: 'Lưu nháp' }).click();
  await officer.getByText(/^Đã lưu lúc/).waitFor();

  const tablet = new Actors(browser, baseUrl, demo.password, { width: 1024, height: 768 });
  const onTablet = await tablet.as(`${stp.slug}.canbo`);
  await onTablet.goto(`${cycle}/self-assessment/${stp.unitId}`);
  await onTablet.getByLabel('Điểm tự chấm tiêu chí 1.1').waitFor();
  await shoot(onTablet, 'tu-cham-diem-may-tinh-bang');
  await onTablet.goto('/');
  await onTablet.getByRole('heading', { name: 'Việc cần làm' }).waitFor();
  await shoot(onTablet, 'viec-can-lam-may-tinh-bang');
  await tablet.closeAll();

  const unitHead = await step.signOffAndSubmit(a, stp);
  await shoot(unitHead, 'tu-cham-diem-da-nop');
  await step.fillSelfAssessment(a, ttt);
  await step.signOffAndSubmit(a, ttt);

  await secretariat.goto('/tracker');
  await secretariat.getByRole('table', { name: 'Theo dõi tiến độ' }).waitFor();
  await shoot(secretariat, 'theo-doi-tien-do');

  await step.advancePhase(a, 'Các đơn vị còn lại không nộp bản tự chấm đúng hạn.', 'Thẩm định');
  await step.reviewSheets(a);
  await head.getByRole('button', { name: 'Thẩm định: Sở Tư pháp' }).click();
  await head.getByLabel('Lý do điều chỉnh tiêu chí 1.2').waitFor();
  await shoot(head, 'tham-dinh');
  await step.lockScores(a);
  await step.openCycle(head, 'Xếp hạng');
  await head.locator('.recharts-surface').first().waitFor();
  await shoot(head, 'xep-hang');

  await step.recordAttendance(a);
  await shoot(head, 'hoi-nghi-diem-danh');
  const [flag, ...others] = demo.rounds as [(typeof demo.rounds)[0], ...typeof demo.rounds];
  await step.openRound(a, flag.award);
  const [first, second, third] = demo.voters as [string, string, string];
  await step.castBallot(a, first, flag.award, flag.winner);
  await step.castBallot(a, second, flag.award, flag.winner);
  await step.castBallot(a, third, flag.award, flag.winner, (page) => shoot(page, 'phieu-bau-xac-nhan'));
  await step.openCycle(head, 'Hội nghị');
  await shoot(head, 'hoi-nghi-dang-bo-phieu');
  await step.closeRound(a, flag.award, 3);
  await shoot(head, 'hoi-nghi-ket-qua-kiem-phieu');
  await head
    .getByRole('region', { name: `${flag.award} – vòng 1` })
    .getByRole('link', { name: 'Trình chiếu kết quả' })
    .click();
  await head.getByRole('table', { name: 'Kết quả kiểm phiếu' }).waitFor();
  await shoot(head, 'trinh-chieu-ket-qua');
  for (const round of others) {
    await step.openRound(a, round.award);
    for (const voter of demo.voters) await step.castBallot(a, voter, round.award, round.winner);
    await step.closeRound(a, round.award, demo.voters.length);
  }
  // This year's head is elected again: the chair confirms against the rotation rule, with a reason.
  await step.confirmResults(a, demo.rotationReason);

  const dossier = await step.openDossier(a);
  await shoot(dossier, 'ho-so-de-nghi');
  await step.previewProposal(dossier);
  await shoot(dossier, 'xem-truoc-to-trinh');
  await dossier.getByRole('dialog').getByRole('button', { name: 'Đóng' }).click();
  await dossier.getByRole('button', { name: `Lịch sử phiên bản: ${demo.proposalTitle}` }).click();
  await dossier.getByRole('dialog').getByRole('table').waitFor();
  await shoot(dossier, 'lich-su-phien-ban');
  await dossier.getByRole('dialog').getByRole('button', { name: 'Đóng' }).click();
  await step.submitDossier(a);

  const committee = await a.as(demo.committee);
  await committee.goto('/committee');
  await committee.getByRole('table', { name: 'Hồ sơ trình UBND tỉnh' }).waitFor();
  await shoot(committee, 'ubnd-ho-so-cho-xu-ly');
  await step.openCommitteeReview(a);
  await shoot(committee, 'ubnd-xem-xet-ho-so');
  await step.acceptProposal(a);
  await committee.getByLabel('Số quyết định').fill('163/QĐ-UBND');
  await shoot(committee, 'ubnd-ghi-nhan-quyet-dinh');
  await step.recordDecision(a);

  await step.openCycle(head);
  await step.phaseBadge(head, 'Đã có quyết định').waitFor();
  await shoot(head, 'nam-thi-dua-da-co-quyet-dinh');
  await step.openCycle(head, 'Nhật ký');
  await head.getByRole('table', { name: 'Nhật ký năm thi đua' }).waitFor();
  await shoot(head, 'nhat-ky');

  await officer.goto('/notifications');
  await officer.getByRole('heading', { name: 'Thông báo' }).waitFor();
  await shoot(officer, 'thong-bao');
  await officer.goto('/account');
  await officer.getByRole('heading', { name: 'Tài khoản' }).waitFor();
  await shoot(officer, 'tai-khoan');

  const admin = await a.as('admin');
  await admin.goto('/admin');
  await admin.getByRole('table', { name: 'Tài khoản' }).waitFor();
  await shoot(admin, 'quan-tri-tai-khoan');
  await admin.getByRole('tab', { name: 'Đơn vị' }).click();
  await admin.getByRole('table', { name: 'Đơn vị' }).waitFor();
  await shoot(admin, 'quan-tri-don-vi');
  await admin.getByRole('tab', { name: 'Lãnh đạo, thư ký' }).click();
  await admin.getByRole('table', { name: 'Thanh tra tỉnh' }).waitFor();
  await shoot(admin, 'quan-tri-lanh-dao-thu-ky');
  await admin.getByRole('tab', { name: 'Bộ quy định' }).click();
  await admin.getByRole('button', { name: 'Xem' }).last().click();
  await admin.getByRole('table', { name: 'Quy tắc bỏ phiếu' }).waitFor();
  await shoot(admin, 'quan-tri-bo-quy-dinh');
  await admin.getByRole('tab', { name: 'Bảng tiêu chí' }).click();
  await admin.getByRole('combobox', { name: 'Năm thi đua' }).click();
  await admin.getByRole('option', { name: /năm 2023/ }).click();
  await admin.getByRole('table', { name: 'Bảng tiêu chí' }).waitFor();
  await shoot(admin, 'quan-tri-bang-tieu-chi');
  await a.closeAll();
}

await main();
