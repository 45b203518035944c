import { demoDataset, officialsScreen } from '@thidua/domain';
import { expect, inject, test } from 'vitest';
import { signInAs } from './support/browser';
import { browserForFile } from './support/file-browser';
import { daysFromNowLabel, fillDate, toast } from './support/steps';

const baseUrl = inject('baseUrl');
const browser = browserForFile();

test('a term ends on the last working day chosen in its own dialog', async () => {
  const { context, page } = await signInAs(
    browser(),
    baseUrl,
    'bandtdkt.chuyenvien',
    demoDataset.demoPassword,
  );
  const fullName = 'Phạm Thị Kết Thúc';
  const added = await page.request.post('/api/trpc/admin.officials.add', {
    headers: { 'content-type': 'application/json', 'x-thidua-csrf': '1' },
    data: {
      json: {
        position: 'unitDeputy',
        orgId: 'u-stp',
        fullName,
        title: 'Phó Giám đốc Sở Tư pháp',
        signatureTitle: 'PHÓ GIÁM ĐỐC',
        validFrom: '2026-01-05',
      },
    },
  });
  expect(added.status()).toBe(200);

  await page.goto('/admin');
  await page.getByRole('tab', { name: officialsScreen.tab }).click();
  // No page-wide date field: the date belongs to the one term being ended.
  expect(await page.getByLabel(/Ngày kết thúc nhiệm kỳ/).count()).toBe(0);
  await page.getByRole('button', { name: `Kết thúc nhiệm kỳ của ${fullName}` }).click();
  const dialog = page.getByRole('dialog', { name: `Kết thúc nhiệm kỳ của ${fullName}` });
  await fillDate(dialog.getByLabel(/Ngày kết thúc nhiệm kỳ/), -2);
  await dialog.getByRole('button', { name: 'Kết thúc nhiệm kỳ' }).click();
  await toast(page, 'Đã kết thúc nhiệm kỳ.');

  const row = page.getByRole('row', { name: new RegExp(fullName) });
  await row.getByText('Đã kết thúc').waitFor();
  expect(await row.textContent()).toContain(`05/01/2026 – ${daysFromNowLabel(-2)}`);
  await context.close();
});
