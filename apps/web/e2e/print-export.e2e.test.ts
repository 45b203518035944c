import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { demoDataset } from '@thidua/domain';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { Actors } from './support/actors';
import { browserForFile } from './support/file-browser';
import { type XlsxCell, xlsxRows } from './support/xlsx';

/**
 * What officials print and take to Excel, on the demo's closed 2022 year: the ranking, the vote
 * results and the tracker print as their title and whole table (no app header, menu or buttons),
 * the ranking, the vote results and the filtered audit download as .xlsx files whose cells are read
 * back here; the audit narrows on the server as the filters are set; the bloc's notices are there.
 */
const baseUrl = inject('baseUrl');
const browser = browserForFile();
const cycleId = demoDataset.cycle2022.cycle.id;
const cycle = `/cycles/${cycleId}`;
const HEAD = 'thanhtra.truongkhoi';
const SECRETARIAT = 'bandtdkt.chuyenvien';
const OFFICER = 'tuphap.canbo';
const menu = ['Việc cần làm', 'Năm thi đua', 'Thông báo', 'Đăng xuất', 'Tài khoản'];
const dir = mkdtempSync(path.join(os.tmpdir(), 'thidua-print-'));

let actors: Actors;
beforeAll(() => {
  actors = new Actors(browser(), baseUrl, demoDataset.demoPassword);
});
afterAll(async () => {
  await actors.closeAll();
});

async function settled(page: Page, heading: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"]').length === 0);
  await page.waitForLoadState('networkidle');
}

/** The file a click downloads: its name and its rows. */
async function download(page: Page, button: string): Promise<{ name: string; rows: XlsxCell[][] }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const saved = path.join(dir, file.suggestedFilename());
  await file.saveAs(saved);
  return { name: file.suggestedFilename(), rows: xlsxRows(readFileSync(saved)) };
}

/**
 * The page as printed: with the print stylesheet the app's header and menu are not shown and the
 * table is; then the PDF Chromium prints, as text.
 */
async function printed(page: Page, name: string): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  try {
    expect(await page.locator('header').first().isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Điều hướng chính' }).isVisible()).toBe(false);
    expect(await page.getByRole('tablist').count()).toBe(
      await page.getByRole('tablist').filter({ visible: false }).count(),
    );
    expect(await page.locator('main button:visible, main .mantine-Button-root:visible').count()).toBe(0);
    expect(await page.locator('main table').first().isVisible()).toBe(true);
    const file = path.join(dir, `${name}.pdf`);
    writeFileSync(file, await page.pdf({ format: 'A4', landscape: true, printBackground: true }));
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
}

const noMenu = (text: string) => {
  for (const label of menu) expect(text, `"${label}" is printed`).not.toContain(label);
  expect(text).not.toContain('Xuất Excel');
  expect(text).not.toMatch(/(^|\s)In(\s|$)/m);
};

/** The bloc head on the year's ranking, with the texts its table shows in the given cells. */
async function onRanking(cells: 'tbody tr' | 'tbody th') {
  const page = await actors.as(HEAD);
  await page.goto(`${cycle}/ranking`);
  await settled(page, 'Bảng xếp hạng');
  const shown = await page.getByRole('table', { name: 'Bảng xếp hạng' }).locator(cells).allInnerTexts();
  return { page, shown };
}

describe('the ranking', () => {
  test('exports its table to .xlsx, figures as numbers', async () => {
    const { page, shown } = await onRanking('tbody tr');
    const { name, rows } = await download(page, 'Xuất Excel (.xlsx)');
    expect(name).toBe('bang-xep-hang-2022.xlsx');
    expect(rows[0]).toEqual(['Hạng', 'Đơn vị', 'Tự chấm', 'Thẩm định', 'Chênh lệch']);
    expect(rows).toHaveLength(shown.length + 1);
    rows.slice(1).forEach((row, i) => {
      expect(row[0]).toBe(i + 1);
      expect(shown[i]).toContain(String(row[1]));
      expect(typeof row[2]).toBe('number');
      expect(typeof row[3]).toBe('number');
      // The screen writes the same reviewed total with a decimal comma.
      expect(shown[i]).toContain((row[3] as number).toFixed(2).replace('.', ','));
    });
    // Best first.
    const reviewed = rows.slice(1).map((r) => r[3] as number);
    expect([...reviewed].sort((a, b) => b - a)).toEqual(reviewed);
  });

  test('prints its title, bloc and year and every unit, without the app around it', async () => {
    const { page, shown: units } = await onRanking('tbody th');
    const text = await printed(page, 'ranking');
    expect(text).toContain('Bảng xếp hạng');
    expect(text).toMatch(/năm 2022/i);
    for (const unit of units) expect(text).toContain(unit);
    noMenu(text);
  });

  test('the chart’s axis is fitted to the scores, with decimal commas', async () => {
    const page = await actors.as(HEAD);
    await page.goto(`${cycle}/ranking`);
    await settled(page, 'Bảng xếp hạng');
    // The chart loads with the screen's own chunk; its axis is the row of figures under the bars.
    await page
      .locator('svg text')
      .filter({ hasText: /^\d+,\d\d$/ })
      .first()
      .waitFor();
    const ticks = (await page.locator('svg text').allTextContents()).filter((t) => /^[\d,.]+$/.test(t));
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks.every((t) => /^\d+,\d\d$/.test(t))).toBe(true);
    expect(ticks[0]).not.toBe('0,00');
    await page.getByText(/Trục điểm bắt đầu từ \d+,\d\d/).waitFor();
  });
});

describe('the vote results', () => {
  test('open from the conference, export each round’s count to .xlsx — no unit’s choice in it', async () => {
    const page = await actors.as(HEAD);
    await page.goto(`${cycle}/conference`);
    await settled(page, 'Hội nghị tổng kết');
    await page.getByRole('link', { name: 'Kết quả các vòng (in, xuất Excel)' }).click();
    await settled(page, 'Kết quả bình xét, suy tôn');
    const sections = await page.locator('main section').count();
    expect(sections).toBeGreaterThan(0);
    const { name, rows } = await download(page, 'Xuất Excel (.xlsx)');
    expect(name).toBe('ket-qua-binh-xet-2022.xlsx');
    expect(rows[0]).toEqual([
      'Vòng bỏ phiếu',
      'Đơn vị',
      'Số phiếu',
      'Tỷ lệ',
      'Ngưỡng',
      'Kết quả',
      'Phiếu phát ra',
      'Phiếu thu về',
      'Phiếu hợp lệ',
      'Phiếu không hợp lệ',
      'Kết luận',
    ]);
    const body = rows.slice(1);
    expect(body.length).toBeGreaterThan(0);
    expect(new Set(body.map((r) => r[0])).size).toBe(sections);
    expect(body.some((r) => String(r[0]).startsWith('Cờ thi đua của UBND tỉnh – vòng 1'))).toBe(true);
    for (const r of body) {
      expect(typeof r[2]).toBe('number');
      // A share of the rule's denominator, formatted as a percentage in Excel.
      expect(r[3]).toBeGreaterThanOrEqual(0);
      expect(r[3]).toBeLessThanOrEqual(1);
      expect(String(r[4])).toMatch(/%/);
      expect(r[5]).toBeTruthy();
      expect(r[10]).toBeTruthy();
    }
  });

  test('print round by round without the app around them', async () => {
    const page = await actors.as(HEAD);
    await page.goto(`${cycle}/conference/results`);
    await settled(page, 'Kết quả bình xét, suy tôn');
    const titles = await page.locator('main section h2').allInnerTexts();
    const text = await printed(page, 'results');
    expect(text).toContain('Kết quả bình xét, suy tôn');
    expect(text).toMatch(/năm 2022/i);
    for (const title of titles) expect(text).toContain(title);
    noMenu(text);
  });
});

describe('the tracker', () => {
  test('prints the board with what it shows (bloc, year, status), without the app around it', async () => {
    const page = await actors.as(SECRETARIAT);
    await page.goto('/tracker?year=2022');
    await settled(page, 'Theo dõi tiến độ');
    const text = await printed(page, 'tracker');
    expect(text).toContain('Theo dõi tiến độ');
    expect(text).toMatch(/Tất cả các Khối – năm 2022 – Tất cả/);
    noMenu(text);
  });
});

describe('the audit', () => {
  test('names people, units and the year, narrows on the server as filters are set, exports what it shows', async () => {
    const page = await actors.as(HEAD);
    await page.goto(`${cycle}/audit`);
    await settled(page, 'Nhật ký năm thi đua');
    const table = page.getByRole('table', { name: 'Nhật ký năm thi đua' });
    const all = (await table.textContent()) ?? '';
    expect(all).not.toMatch(/\bcy-|\bu-[a-z]+\b|cycle:b-/);
    const totalOf = async () =>
      Number(
        ((await page.getByText(/^Hiển thị \d+\/\d+ dòng$/).textContent()) ?? '').split('/')[1]?.split(' ')[0],
      );
    const before = await totalOf();

    await page.getByRole('combobox', { name: 'Thao tác' }).click();
    await page.getByRole('option', { name: 'Kiểm phiếu', exact: true }).click();
    await page.waitForFunction((n) => !document.body.textContent?.includes(`/${n} dòng`), before);
    const tallies = await totalOf();
    expect(tallies).toBeGreaterThan(0);
    expect(tallies).toBeLessThan(before);
    const actions = await table.locator('tbody tr td:nth-child(3)').allInnerTexts();
    expect(new Set(actions)).toEqual(new Set(['Kiểm phiếu']));
    const subjects = await table.locator('tbody tr td:nth-child(4)').allInnerTexts();
    expect(subjects.every((s) => /^Vòng \d+ – /.test(s))).toBe(true);

    const { name, rows } = await download(page, 'Xuất Excel (.xlsx)');
    expect(name).toMatch(/^nhat-ky-nam-thi-dua-2022-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(rows[0]).toEqual(['Thời điểm', 'Người thực hiện', 'Vai trò', 'Thao tác', 'Đối tượng', 'Chi tiết']);
    expect(rows).toHaveLength(tallies + 1);
    expect(new Set(rows.slice(1).map((r) => r[3]))).toEqual(new Set(['Kiểm phiếu']));
    // Times as the screen shows them, in Vietnam time, row for row.
    const times = await table.locator('tbody tr td:nth-child(1)').allInnerTexts();
    expect(rows.slice(1).map((r) => r[0])).toEqual(times);
  });

  test('is not offered to a unit’s officer, whom the server refuses', async () => {
    const page = await actors.as(OFFICER);
    await page.goto(`${cycle}/audit`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await page.getByRole('button', { name: 'Xuất Excel (.xlsx)' }).count()).toBe(0);
    expect(await page.getByRole('table', { name: 'Nhật ký năm thi đua' }).count()).toBe(0);
  });
});

describe('the bloc’s notices', () => {
  test('a unit’s officer reads who was proposed, and the decision, by name', async () => {
    const page = await actors.as(OFFICER);
    await page.goto('/notifications');
    await settled(page, 'Thông báo');
    await page.getByText('Kết quả bình xét đã được xác nhận', { exact: true }).first().waitFor();
    await page
      .getByText(/^Kết quả bình xét đã được xác nhận: .*Cờ thi đua của UBND tỉnh: /)
      .first()
      .waitFor();
    await page.getByText('UBND tỉnh đã ban hành quyết định khen thưởng', { exact: true }).first().waitFor();
    await page
      .getByText(/^Quyết định số \d+\/QĐ-UBND ngày \d{2}\/\d{2}\/\d{4} của UBND tỉnh: /)
      .first()
      .waitFor();
  });
});
