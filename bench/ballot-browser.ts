import { fileURLToPath } from 'node:url';
import type { RoundParams } from '@thidua/ballot-crypto';
import { build, type Rolldown } from 'vite';
import { launchBrowser } from '../apps/web/e2e/support/browser';
import type { encryptTimings } from './browser/ballot-entry';
import { percentile } from './lib/stats';

export interface BrowserEncryption {
  browser: string;
  /** The first ballot of the page: what a unit waits for. */
  firstMs: number;
  medianMs: number;
  runs: number;
}

/** The ballot library as the web app ships it: bundled and minified for the browser. */
async function bundleForBrowser(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: {
        entry: fileURLToPath(new URL('./browser/ballot-entry.ts', import.meta.url)),
        name: 'ballotBench',
        formats: ['iife'],
      },
    },
  });
  const [result] = Array.isArray(out) ? out : [out];
  const chunk = (result as Rolldown.RolldownOutput).output.find((o) => o.type === 'chunk');
  if (!chunk) throw new Error('the ballot library did not bundle');
  return chunk.code;
}

/** 6. Encrypting a ballot in Chromium (Debian's), on the same library the ballot page loads. */
export async function measureBrowserEncryption(
  params: RoundParams,
  runs: number,
): Promise<BrowserEncryption> {
  const code = await bundleForBrowser();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: code });
    const timings = await page.evaluate(
      ([p, n]) =>
        (
          globalThis as unknown as { ballotBench: { encryptTimings: typeof encryptTimings } }
        ).ballotBench.encryptTimings(p, n),
      [params, runs] as const,
    );
    return {
      browser: browser.version(),
      firstMs: timings[0] as number,
      medianMs: percentile(timings.slice(1), 50),
      runs: timings.length,
    };
  } finally {
    await browser.close();
  }
}
