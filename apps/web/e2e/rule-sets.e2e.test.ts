import { demoDataset } from '@thidua/domain';
import { expect, inject, test } from 'vitest';
import { signInAs } from './support/browser';
import { browserForFile } from './support/file-browser';
import { toast } from './support/steps';

const baseUrl = inject('baseUrl');
const browser = browserForFile();

test('the secretariat starts next year’s rule set from this year’s and changes a vote’s threshold', async () => {
  const { context, page } = await signInAs(
    browser(),
    baseUrl,
    'bandtdkt.chuyenvien',
    demoDataset.demoPassword,
  );
  await page.goto('/admin');
  await page.getByRole('tab', { name: 'Bộ quy định' }).click();
  const table = page.getByRole('table', { name: 'Bộ quy định' });
  const latest = Math.max(...Object.values(demoDataset.ruleSets).map((r) => r.year));
  await table
    .getByRole('row', { name: new RegExp(`^${latest}`) })
    .first()
    .getByRole('button', { name: 'Xem' })
    .click();
  await page.getByRole('button', { name: `Lập bộ quy định năm ${latest + 1} từ bộ này` }).click();
  await toast(page, 'Đã lập bộ quy định cho năm sau.');
  const next = table.getByRole('row', { name: new RegExp(`^${latest + 1}`) }).first();
  await next.waitFor();
  // Named for its own year, not the one it was started from.
  expect(await next.getByRole('rowheader').textContent()).toMatch(new RegExp(`năm ${latest + 1}$`));

  // The new year's set is the province's own from now on: edit it and save. It can start the year
  // after it, but nothing starts its own year a second time.
  await next.getByRole('button', { name: 'Xem' }).click();
  await page.getByRole('button', { name: `Lập bộ quy định năm ${latest + 2} từ bộ này` }).waitFor();
  expect(
    await page.getByRole('button', { name: `Lập bộ quy định năm ${latest + 1} từ bộ này` }).count(),
  ).toBe(0);
  const threshold = page.getByLabel('Ngưỡng đạt – Cờ thi đua của UBND tỉnh');
  await threshold.fill('60');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await toast(page, 'Đã lưu bộ quy định.');
  // Its version column counts the save.
  await expect.poll(() => next.getByRole('cell').nth(1).textContent()).toBe('2');
  const flagged = page.getByRole('alert').filter({ hasText: 'thiểu số đơn vị thành viên quyết định' });
  expect(await flagged.count()).toBe(0);
  // A threshold under half the members is saved as written, and flagged where it was saved.
  await threshold.fill('40');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await flagged.waitFor();
  expect(await flagged.textContent()).toContain('chỉ 40% số đơn vị thành viên đã đủ để quyết định');
  await expect.poll(() => next.getByRole('cell').nth(1).textContent()).toBe('3');
  await context.close();
});
