import { demoDataset } from '@thidua/domain';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { Actors } from './support/actors';
import { browserForFile } from './support/file-browser';
import { problemsAtEveryWidth, widths } from './support/layout-checks';

/**
 * Every screen, as the role that uses it, at a phone's, a tablet's and a desktop's width: nothing
 * sticks out sideways (wide tables scroll inside their card) and the header's texts are whole, at
 * every width; axe-core finds no serious or critical accessibility violation (once per screen). The
 * closed demo year 2022 gives every screen its data (its rounds are closed: the ballot screen shows
 * so). Each person signs in once; each screen opens in a tab of its own, several at a time, and is
 * resized in turn.
 */
const baseUrl = inject('baseUrl');
const browser = browserForFile();
const cycle = `/cycles/${demoDataset.cycle2022.cycle.id}`;

const screens: { who: string; path: string }[] = [
  { who: 'tuphap.canbo', path: '/' },
  { who: 'tuphap.canbo', path: '/cycles' },
  { who: 'tuphap.canbo', path: cycle },
  { who: 'tuphap.canbo', path: `${cycle}/self-assessment/u-stp` },
  { who: 'tuphap.canbo', path: `${cycle}/ranking` },
  { who: 'tuphap.canbo', path: '/notifications' },
  { who: 'tuphap.canbo', path: '/account' },
  { who: 'tuphap.canbo', path: '/admin' },
  { who: 'thanhtra.truongkhoi', path: `${cycle}/review` },
  { who: 'thanhtra.truongkhoi', path: `${cycle}/conference` },
  { who: 'thanhtra.truongkhoi', path: `${cycle}/conference/results` },
  { who: 'thanhtra.truongkhoi', path: `${cycle}/dossier` },
  { who: 'thanhtra.truongkhoi', path: `${cycle}/audit` },
  { who: 'bandtdkt.chuyenvien', path: '/tracker' },
  { who: 'bandtdkt.chuyenvien', path: '/admin' },
  { who: 'ubnd.thamdinh', path: '/committee' },
  { who: 'ubnd.thamdinh', path: `/committee/${demoDataset.cycle2022.cycle.id}` },
];

let actors: Actors;
/** The first round of the year: its ballot (a member unit's) and its projector's wall view. */
let round: string | undefined;
const roundPath = (screen: 'ballot' | 'projector' | 'board') => {
  if (!round) throw new Error('the 2022 conference lists no round');
  return `${round}/${screen}`;
};
beforeAll(async () => {
  actors = new Actors(browser(), baseUrl, demoDataset.demoPassword, { width: widths[0], height: 900 });
  // The first round of the year, as the conference screen links to its wall view.
  const chair = await actors.as('thanhtra.truongkhoi');
  await chair.goto(`${cycle}/conference`);
  const projector = await chair
    .getByRole('link', { name: 'Trình chiếu kết quả' })
    .first()
    .getAttribute('href');
  round = projector?.replace(/\/projector$/, '');
  // Everyone signed in before the screens open side by side in their browsers.
  for (const who of new Set(screens.map((s) => s.who))) await actors.as(who);
});
afterAll(async () => {
  await actors?.closeAll();
});

/** The screen is drawn: its heading is there and nothing is loading any more. */
async function settled(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"]').length === 0);
  await page.waitForLoadState('networkidle');
}

describe('every screen fits and is accessible at 390, 768, 1024 and 1440 px', () => {
  test('the sign-in page', async () => {
    const context = await browser().newContext({ baseURL: baseUrl, locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto('/sign-in');
    await settled(page);
    const problems = await problemsAtEveryWidth(page, 'sign-in');
    await context.close();
    expect(problems).toEqual([]);
  });

  // One test per screen (a loaded machine stays within a test's time), in a tab of its own: opened
  // once, resized in turn; the tests run a few at a time.
  const all = [
    ...screens.map((screen) => ({ ...screen, label: screen.path, path: () => screen.path })),
    { who: 'tuphap.canbo', label: 'the ballot of a round', path: () => roundPath('ballot') },
    { who: 'thanhtra.truongkhoi', label: 'the projector of a round', path: () => roundPath('projector') },
    { who: 'tuphap.canbo', label: 'the counting board device page', path: () => roundPath('board') },
  ];
  for (const screen of all) {
    test.concurrent(`${screen.label} as ${screen.who}`, async ({ expect }) => {
      const page = await (await actors.as(screen.who)).context().newPage();
      try {
        const path = screen.path();
        await page.goto(path);
        await settled(page);
        expect(await problemsAtEveryWidth(page, `${path} as ${screen.who}`)).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});

describe('the closed year’s dossier', () => {
  test('offers the case and revocation forms to the bloc’s head of today, not to a unit', async () => {
    const head = await actors.as('thanhtra.truongkhoi');
    await head.goto(`${cycle}/dossier`);
    await settled(head);
    await head.getByRole('button', { name: 'Ghi nhận vụ việc' }).waitFor();
    await head.getByRole('button', { name: 'Đề nghị hủy/thu hồi khen thưởng' }).waitFor();
    const unit = await actors.as('tuphap.canbo');
    await unit.goto(`${cycle}/dossier`);
    await settled(unit);
    expect(await unit.getByRole('button', { name: 'Ghi nhận vụ việc' }).count()).toBe(0);
    expect(await unit.getByRole('button', { name: 'Đề nghị hủy/thu hồi khen thưởng' }).count()).toBe(0);
  });
});
