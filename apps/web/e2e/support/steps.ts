import { vietnamDate } from '@thidua/domain';
import type { Locator, Page } from 'playwright-core';

/** A date `days` from today in Vietnam as YYYY-MM-DD (deadlines in the future keep the timers quiet). */
function daysFromNow(days: number): string {
  return vietnamDate(Date.now() + days * 86_400_000);
}

/** The same date as the screens print it (dd/mm/yyyy). */
export function daysFromNowLabel(days: number): string {
  const [y, m, d] = daysFromNow(days).split('-');
  return `${d}/${m}/${y}`;
}

/** Types a date into a date field as people write it (dd/mm/yyyy), then leaves the field. */
export async function fillDate(input: Locator, days: number): Promise<void> {
  await input.fill(daysFromNowLabel(days));
  await input.press('Tab');
  await untilValue(input, daysFromNowLabel(days));
}

/** Clicks a button (within `scope` when given) that asks first, then the dialog's "Xác nhận". */
export async function confirm(
  page: Page,
  buttonName: string | RegExp,
  scope: Page | Locator = page,
): Promise<void> {
  await scope.getByRole('button', { name: buttonName }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Xác nhận' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** Waits for the green confirmation a successful step shows. */
export async function toast(page: Page, text: string | RegExp): Promise<void> {
  await page.getByText(text).first().waitFor({ timeout: 60_000 });
}

/** Waits until an input shows `value` (the saved draft arrives after the page). */
export async function untilValue(input: Locator, value: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await input.inputValue()) !== value) {
    if (Date.now() > deadline)
      throw new Error(`the input still shows "${await input.inputValue()}", not "${value}"`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
