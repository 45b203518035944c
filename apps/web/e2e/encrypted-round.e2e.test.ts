import { readFileSync } from 'node:fs';
import { verifyBoard } from '@thidua/round-verifier';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { demo } from './journey/demo-cycle';
import {
  adoptPlan,
  advancePhase,
  fillSelfAssessment,
  lockScores,
  openCycle,
  recordAttendance,
  reviewSheets,
  signOffAndSubmit,
  signPacts,
  startCycle,
} from './journey/steps';
import { type RunningSystem, startSystem } from './setup/system';
import { Actors } from './support/actors';
import { browserForFile } from './support/file-browser';
import { toast } from './support/steps';

/**
 * An encrypted round through the UI: the chair names a 3-member counting board; each member's device
 * (its own browser context) draws its key share, downloads the backup and registers; three units vote,
 * their browsers encrypting the ballots and showing the trackers; one member restores the share from
 * the backup file in a fresh browser; after the close the three devices decrypt the sums; the totals
 * show on the results page and the downloaded bulletin board passes the independent verifier.
 */
const browser = browserForFile();
/**
 * The demo's 2023 year is the journey's: this file takes it to the conference in a system of its
 * own (same build, own data), so neither file depends on the other's order.
 */
let system: RunningSystem | undefined;
const AWARD = 'Bằng khen của Chủ tịch UBND tỉnh';
const PASSPHRASE = 'ban-kiem-phieu-2023';
/** The board: officials of three present units (their device is their browser). */
const board = [
  { username: 'tuphap.canbo', unit: 'Sở Tư pháp' },
  { username: 'congan.canbo', unit: 'Công an tỉnh' },
  { username: 'noivu.canbo', unit: 'Sở Nội vụ' },
] as const;
/** Three units vote: two for Thanh tra tỉnh (with Sở Tư pháp once), one blank. */
const votes: Record<string, string[]> = {
  'thanhtra.canbo': ['Thanh tra tỉnh', 'Sở Tư pháp'],
  'tuphap.canbo': ['Thanh tra tỉnh'],
  'quansu.canbo': [],
};

let actors: Actors;
beforeAll(async () => {
  system = await startSystem((line) => console.log(`[e2e encrypted-round] ${line}`));
  actors = new Actors(browser(), system.baseUrl, demo.password);
});
afterAll(async () => {
  await actors?.closeAll();
  await system?.stop();
});

const region = (page: Page) => page.getByRole('region', { name: `${AWARD} – vòng 1` });
const boardPath = (roundId: string) => `/cycles/${demo.cycleId}/conference/rounds/${roundId}/board`;

describe.sequential('an encrypted round with the counting board’s devices', () => {
  let roundId: string;
  const backups = new Map<string, string>();
  const trackers = new Map<string, string>();

  test('the year reaches its conference and the chair opens a round with a 3-member board', async () => {
    await startCycle(actors);
    await adoptPlan(actors);
    await signPacts(actors);
    await advancePhase(actors, 'Các đơn vị đã đăng ký.', 'Tự chấm điểm');
    for (const unit of demo.contenders) {
      await fillSelfAssessment(actors, unit);
      await signOffAndSubmit(actors, unit);
      await actors.release(`${unit.slug}.thutruong`);
    }
    await advancePhase(actors, 'Các đơn vị còn lại không nộp bản tự chấm.', 'Thẩm định');
    await reviewSheets(actors);
    await lockScores(actors);
    await recordAttendance(actors);

    const chair = await actors.as(demo.blocHead);
    await openCycle(chair, 'Hội nghị');
    const open = chair.getByRole('button', { name: `Mở vòng bỏ phiếu: ${AWARD}` });
    // One member is not a board: the field says so and the round cannot open.
    await chair
      .getByRole('checkbox', { name: `Cán bộ thi đua - ${board[0].unit} – ${board[0].unit}` })
      .check();
    await chair.getByText('Ban kiểm phiếu gồm từ 2 đến 7 thành viên').waitFor();
    expect(await open.isDisabled()).toBe(true);
    for (const m of board.slice(1))
      await chair.getByRole('checkbox', { name: `Cán bộ thi đua - ${m.unit} – ${m.unit}` }).check();
    await open.click();
    await toast(chair, 'Đã mở vòng bỏ phiếu.');
    await region(chair).getByText('Khóa đã đăng ký: 0/3').waitFor();
    const projector = await region(chair)
      .getByRole('link', { name: 'Trình chiếu kết quả' })
      .getAttribute('href');
    roundId = decodeURIComponent(projector?.split('/rounds/')[1]?.replace(/\/projector$/, '') ?? '');
    expect(roundId).not.toBe('');
  });

  test('each member’s device draws its share, downloads the backup, then registers', async () => {
    for (const m of board) {
      const page = await actors.as(m.username);
      await openCycle(page, 'Hội nghị');
      await region(page).getByRole('link', { name: 'Thiết bị Ban kiểm phiếu' }).click();
      await page.getByRole('button', { name: 'Tạo phần khóa trên thiết bị này' }).click();
      const register = page.getByRole('button', { name: 'Đăng ký khóa công khai' });
      expect(await register.isDisabled()).toBe(true);
      await page.getByLabel('Mật khẩu bảo vệ tệp sao lưu').fill(PASSPHRASE);
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Tải tệp sao lưu khóa' }).click(),
      ]);
      backups.set(m.username, readFileSync((await file.path()) as string, 'utf8'));
      await register.click();
      await toast(page, 'Đã đăng ký khóa công khai.');
    }
    const last = await actors.as(board[2].username);
    await last.getByText('Khóa của vòng đã công bố').waitFor({ timeout: 60_000 });
  });

  test('three units vote, encrypted in their browsers, each shown its tracker', async () => {
    for (const [voter, chosen] of Object.entries(votes)) {
      const page = await actors.as(voter);
      await page.goto(`/cycles/${demo.cycleId}/conference/rounds/${roundId}/ballot`);
      await page.getByText('Phiếu được mã hóa ngay trên trình duyệt này').waitFor();
      for (const name of chosen) await page.getByRole('checkbox', { name: `Chọn ${name}` }).check();
      await page.getByRole('button', { name: 'Bỏ phiếu' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }).click();
      const tracker = page.getByTestId('ballot-tracker');
      await tracker.waitFor({ timeout: 60_000 });
      trackers.set(voter, ((await tracker.textContent()) ?? '').trim());
      expect(trackers.get(voter)).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  test('a member restores the share from the backup in a fresh browser; the devices decrypt after the close', async () => {
    const chair = await actors.as(demo.blocHead);
    await openCycle(chair, 'Hội nghị');
    await region(chair).getByText('Đã bỏ phiếu 3/').waitFor();
    await region(chair).getByRole('button', { name: 'Kết thúc bỏ phiếu và kiểm phiếu' }).click();
    const dialog = chair.getByRole('dialog');
    await dialog
      .getByRole('checkbox', { name: 'Tôi xác nhận các đơn vị trên không bỏ phiếu trong vòng này' })
      .check();
    await dialog.getByRole('button', { name: 'Xác nhận' }).click();
    await region(chair).getByText('Phần giải mã đã gửi: 0/3').waitFor();
    await region(chair).getByText('Ban kiểm phiếu đang giải mã').waitFor();

    // The second member's device is lost: a new browser, the backup file and its passphrase.
    const lost = board[1].username;
    await actors.release(lost);
    const fresh = await actors.as(lost);
    await fresh.goto(boardPath(roundId));
    const chooser = fresh.waitForEvent('filechooser');
    await fresh.getByLabel('Tệp sao lưu khóa (.json)').click();
    await (await chooser).setFiles({
      name: 'sao-luu.json',
      mimeType: 'application/json',
      buffer: Buffer.from(backups.get(lost) as string),
    });
    await fresh
      .getByRole('region', { name: 'Khôi phục khóa từ tệp sao lưu' })
      .getByLabel('Mật khẩu bảo vệ tệp sao lưu')
      .fill(PASSPHRASE);
    await fresh.getByRole('button', { name: 'Khôi phục' }).click();

    for (const m of board) {
      const page = await actors.as(m.username);
      // The others find the step in their inbox, which opens their device page.
      if (!page.url().endsWith('/board')) {
        await page.goto('/');
        await page
          .getByRole('listitem')
          .filter({ hasText: 'Gửi phần giải mã kết quả vòng bỏ phiếu (Ban kiểm phiếu)' })
          .getByRole('link', { name: 'Thực hiện' })
          .click();
        await expect.poll(() => page.url()).toContain(boardPath(roundId));
      }
      await page.getByRole('button', { name: 'Gửi phần giải mã kết quả' }).click({ timeout: 30_000 });
      await toast(page, 'Đã gửi phần giải mã.');
    }
    await region(chair).getByRole('table', { name: 'Kết quả kiểm phiếu' }).waitFor({ timeout: 60_000 });
  });

  test('the results page shows the totals; the bulletin board passes the verifier and holds each tracker', async () => {
    const chair = await actors.as(demo.blocHead);
    await chair.goto(`/cycles/${demo.cycleId}/conference/results`);
    const table = chair
      .getByRole('region', { name: `${AWARD} – vòng 1` })
      .getByRole('table', { name: 'Kết quả kiểm phiếu' });
    // Two of nine members for Thanh tra tỉnh, one for Sở Tư pháp (the blank ballot is valid).
    await expect
      .poll(() => table.getByRole('row', { name: /Thanh tra tỉnh/ }).textContent())
      .toMatch(/^Thanh tra tỉnh2\s*22,22 %/);
    expect(await table.getByRole('row', { name: /Sở Tư pháp/ }).textContent()).toMatch(
      /^Sở Tư pháp1\s*11,11 %/,
    );

    const [file] = await Promise.all([
      chair.waitForEvent('download'),
      chair.getByRole('button', { name: 'Tải bảng tin công khai (.json)' }).click(),
    ]);
    const published = readFileSync((await file.path()) as string, 'utf8');
    const verdict = verifyBoard(published);
    expect(verdict.failures).toEqual([]);
    expect(verdict.ok).toBe(true);
    const onBoard = (JSON.parse(published) as { ballots: { tracker: string }[] }).ballots.map(
      (b) => b.tracker,
    );
    expect([...onBoard].sort()).toEqual([...trackers.values()].sort());

    // A voter finds its tracker on the board from its own screen (kept by its browser).
    const voter = await actors.as('quansu.canbo');
    await voter.goto(`/cycles/${demo.cycleId}/conference/results`);
    const input = voter.getByLabel('Mã phiếu của đơn vị');
    expect(await input.inputValue()).toBe(trackers.get('quansu.canbo'));
    await voter.getByRole('button', { name: 'Kiểm tra mã phiếu' }).click();
    await voter.getByText('Có: phiếu mang mã này nằm trên bảng tin').waitFor();
  });
});
