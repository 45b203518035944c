import { demoDataset } from '@thidua/domain';
import { expect, inject, test } from 'vitest';
import { signInAs } from './support/browser';
import { browserForFile } from './support/file-browser';

const baseUrl = inject('baseUrl');
const browser = browserForFile();

test('a wrong password is refused in Vietnamese and the typed username stays', async () => {
  const context = await browser().newContext({ baseURL: baseUrl, locale: 'vi-VN' });
  const page = await context.newPage();
  await page.goto('/');
  await expect.poll(() => page.url()).toContain('/sign-in');
  await page.getByLabel('Tên đăng nhập').fill('tuphap.canbo');
  await page.getByLabel(/^Mật khẩu/).fill('sai-mat-khau-1');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect.poll(() => page.getByRole('alert').textContent()).toContain('không đúng');
  expect(await page.getByLabel('Tên đăng nhập').inputValue()).toBe('tuphap.canbo');
  await context.close();
});

test('a unit officer signs in and lands on the task inbox', async () => {
  const { context, page } = await signInAs(browser(), baseUrl, 'tuphap.canbo', demoDataset.demoPassword);
  expect(await page.getByRole('navigation', { name: 'Điều hướng chính' }).isVisible()).toBe(true);
  await context.close();
});

test('a screen opened cold asks the server nothing: its page arrives with the answers', async () => {
  const { context } = await signInAs(browser(), baseUrl, 'tuphap.canbo', demoDataset.demoPassword);
  const cycleId = demoDataset.cycle2022.cycle.id;
  const screens = [
    { path: '/', shown: 'KHỐI THI ĐUA NỘI CHÍNH', asks: false },
    { path: `/cycles/${cycleId}/self-assessment/u-stp`, shown: 'Tổng điểm', asks: false },
    // Any other screen: the person, the header and the year come with the page; it asks for the rest.
    { path: `/cycles/${cycleId}/ranking`, shown: 'Bảng xếp hạng', asks: true },
  ];
  for (const screen of screens) {
    const page = await context.newPage();
    const calls: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/api/trpc/')) calls.push(url.pathname.slice('/api/trpc/'.length));
    });
    await page.goto(screen.path);
    await page.getByText(screen.shown).first().waitFor();
    await page.waitForLoadState('networkidle');
    if (screen.asks) {
      expect(calls.length, screen.path).toBeGreaterThan(0);
      expect(calls.join(','), screen.path).not.toMatch(/auth\.me|notifications\.list|cycles\.get/);
    } else expect(calls, screen.path).toEqual([]);
    await page.close();
  }
  await context.close();
});
