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
