import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureWebBuild } from '../e2e/setup/build-web';
import { firstLoad, firstLoadRoutes } from '../scripts/bundle-size';
import { htmlVariants } from '../scripts/first-screens';

/**
 * What a provincial line downloads before the sign-in page, the inbox and the self-assessment can
 * show, in the current production build: the JS (gzip) stays under a budget, so a screen's library
 * cannot slip back into the first load unnoticed; and the files stay few, each being a round trip.
 * Measured at 171, 184 and 231 KiB of JS, 9, 36 and 36 KiB of CSS (the sign-in page has Mantine's
 * styles for its form only, the signed-in shell brings the rest of the sheet), in 11, 13 and 15 files.
 */
const budget = {
  signIn: { jsKiB: 175, cssKiB: 12, files: 12 },
  inbox: { jsKiB: 190, cssKiB: 39, files: 15 },
  selfAssessment: { jsKiB: 238, cssKiB: 39, files: 17 },
} as const;

// The build the e2e run serves (rebuilt when any source is newer), so one test run builds the app once.
const outDir = fileURLToPath(new URL('../dist', import.meta.url));
beforeAll(() => ensureWebBuild(), 240_000);

describe('the first load stays within its budget', () => {
  for (const route of ['signIn', 'inbox', 'selfAssessment'] as const) {
    test(route, () => {
      const load = firstLoad(firstLoadRoutes[route], outDir);
      expect(load.files.some((f) => f.endsWith('.js'))).toBe(true);
      expect(Math.round(load.js.gzip / 1024)).toBeLessThanOrEqual(budget[route].jsKiB);
      expect(Math.round(load.css.gzip / 1024)).toBeLessThanOrEqual(budget[route].cssKiB);
      expect(load.files.length).toBeLessThanOrEqual(budget[route].files);
    });
  }

  test('the sign-in page loads neither the header, nor zod, nor a chart, nor the date pickers', () => {
    const files = firstLoad(firstLoadRoutes.signIn, outDir).files.map((f) => path.basename(f));
    expect(files.filter((f) => /^(app-layout|dates|ranking-chart|date-field|NumberInput)-/.test(f))).toEqual(
      [],
    );
  });

  // The sheet's totals come from the domain's points arithmetic, which declares no schema: the
  // validation library (its classes are named "$Zod…") stays with the screens that need it.
  test('the self-assessment computes its totals without loading zod', () => {
    const files = firstLoad(firstLoadRoutes.selfAssessment, outDir).files.filter((f) => f.endsWith('.js'));
    expect(files.filter((f) => readFileSync(path.join(outDir, f), 'utf8').includes('$ZodType'))).toEqual([]);
  });

  // The page the server sends names every file of the screen it expects, so none waits for the entry.
  for (const [page, modules] of Object.entries(htmlVariants)) {
    test(`${page} asks for the whole first load of ${modules.join(' + ')}`, () => {
      const html = readFileSync(path.join(outDir, page), 'utf8');
      const named = [...html.matchAll(/(?:src|href)="\/([^"]+)"/g)].map((m) => m[1]);
      expect(named.sort()).toEqual(firstLoad(modules, outDir).files.sort());
    });
  }
});
