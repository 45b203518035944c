import { launchBrowser, signInAs } from '/work/main/apps/web/e2e/support/browser';

const base = process.env.B!;
const browser = await launchBrowser();
const { page } = await signInAs(browser, base, process.argv[2]!, 'ThiDua-demo-2023');
page.on('console', (m) => console.log('console:', m.text()));
await page.goto(process.argv[3]!);
await page.waitForTimeout(3000);
await page.screenshot({ path: '/tmp/dbg/a.png', fullPage: true });
if (process.argv[4]) {
  await page.getByRole('button', { name: process.argv[4] }).click();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: '/tmp/dbg/b.png', fullPage: true });
}
await browser.close();
