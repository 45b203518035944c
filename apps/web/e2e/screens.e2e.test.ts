import { demoDataset } from '@thidua/domain';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { Actors } from './support/actors';
import { browserForFile } from './support/file-browser';
import { clippedHeaderTexts, horizontalOverflow, seriousViolations, widths } from './support/layout-checks';

/**
 * Every screen, as the role that uses it, at a phone's, a tablet's and a desktop's width: nothing
 * sticks out sideways (wide tables scroll inside their card), the header's texts are whole, and
 * axe-core finds no serious or critical accessibility violation. The closed demo year 2022 gives
 * every screen its data.
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
  { who: 'thanhtra.truongkhoi', path: `${cycle}/dossier` },
  { who: 'thanhtra.truongkhoi', path: `${cycle}/audit` },
  { who: 'bandtdkt.chuyenvien', path: '/tracker' },
  { who: 'bandtdkt.chuyenvien', path: '/admin' },
  { who: 'ubnd.thamdinh', path: '/committee' },
  { who: 'ubnd.thamdinh', path: `/committee/${demoDataset.cycle2022.cycle.id}` },
];

const actors = new Map<number, Actors>();
const actorsAt = (width: number) => {
  let a = actors.get(width);
  if (!a) {
    a = new Actors(browser(), baseUrl, demoDataset.demoPassword, { width, height: 900 });
    actors.set(width, a);
  }
  return a;
};
afterAll(async () => {
  for (const a of actors.values()) await a.closeAll();
});

/** The screen is drawn: its heading is there and nothing is loading any more. */
async function settled(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"]').length === 0);
  await page.waitForLoadState('networkidle');
}

async function check(page: Page, label: string, axe: boolean): Promise<string[]> {
  await settled(page);
  const problems = [
    ...(await horizontalOverflow(page)).map((p) => `${label}: overflows: ${p}`),
    ...(await clippedHeaderTexts(page)).map((p) => `${label}: header text clipped: ${p}`),
  ];
  if (axe) problems.push(...(await seriousViolations(page)).map((v) => `${label}: ${v}`));
  return problems;
}

describe('every screen fits and is accessible at 390, 768, 1024 and 1440 px', () => {
  test('the sign-in page', async () => {
    const problems: string[] = [];
    for (const width of widths) {
      const context = await browser().newContext({
        baseURL: baseUrl,
        locale: 'vi-VN',
        viewport: { width, height: 900 },
      });
      const page = await context.newPage();
      await page.goto('/sign-in');
      problems.push(...(await check(page, `sign-in @${width}`, width === 390 || width === 1440)));
      await context.close();
    }
    expect(problems).toEqual([]);
  });

  for (const width of widths) {
    test(`the signed-in screens at ${width} px`, async () => {
      const problems: string[] = [];
      const a = actorsAt(width);
      for (const screen of screens) {
        const page = await a.as(screen.who);
        await page.goto(screen.path);
        // axe runs on every screen at a phone's and a desktop's width (the layouts in between are theirs).
        problems.push(
          ...(await check(
            page,
            `${screen.path} as ${screen.who} @${width}`,
            width === 390 || width === 1440,
          )),
        );
      }
      expect(problems).toEqual([]);
    });
  }
});
