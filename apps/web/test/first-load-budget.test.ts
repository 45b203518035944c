import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { firstLoad, firstLoadRoutes } from '../scripts/bundle-size';

/**
 * What a provincial line downloads before the sign-in page and the inbox can show, in a fresh
 * production build: the JS (gzip) stays under a budget, so a screen's library cannot slip back into
 * the first load unnoticed. Measured at 160 and 174 KiB of JS, 9 and 36 KiB of CSS (the sign-in
 * page has Mantine's styles for its form only, the signed-in shell brings the rest of the sheet).
 */
const budgetKiB = { signIn: { js: 165, css: 12 }, inbox: { js: 185, css: 39 } } as const;

const webDir = fileURLToPath(new URL('..', import.meta.url));
let outDir: string;

beforeAll(() => {
  outDir = mkdtempSync(path.join(os.tmpdir(), 'thidua-web-budget-'));
  // A child process with NODE_ENV=production: inside vitest NODE_ENV is "test", and React would be
  // bundled in its development build.
  const result = spawnSync(
    process.execPath,
    [
      path.join(webDir, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    { cwd: webDir, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stderr}`);
}, 240_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('the first load stays within its budget', () => {
  for (const route of ['signIn', 'inbox'] as const) {
    test(route, () => {
      const load = firstLoad(firstLoadRoutes[route], outDir);
      expect(load.files.some((f) => f.endsWith('.js'))).toBe(true);
      expect(Math.round(load.js.gzip / 1024)).toBeLessThanOrEqual(budgetKiB[route].js);
      expect(Math.round(load.css.gzip / 1024)).toBeLessThanOrEqual(budgetKiB[route].css);
    });
  }

  test('the sign-in page loads neither the header, nor zod, nor a chart, nor the date pickers', () => {
    const files = firstLoad(firstLoadRoutes.signIn, outDir).files.map((f) => path.basename(f));
    expect(files.filter((f) => /^(app-layout|dates|ranking-chart|date-field|NumberInput)-/.test(f))).toEqual(
      [],
    );
  });
});
