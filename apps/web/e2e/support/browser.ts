import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's chromium; never a downloaded browser. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface Session {
  context: BrowserContext;
  page: Page;
}

/** A person at their own browser (own cookies), signed in through the sign-in form. */
export async function signInAs(
  browser: Browser,
  baseUrl: string,
  username: string,
  password: string,
  viewport = { width: 1366, height: 900 },
): Promise<Session> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: 'vi-VN',
    viewport,
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel(/^Mật khẩu/).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: 'Việc cần làm', level: 1 }).waitFor();
  return { context, page };
}
