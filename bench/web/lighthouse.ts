import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

/** One page's Lighthouse scores (0–100) and the metrics behind performance, mobile throttling. */
export interface PageScores {
  page: string;
  path: string;
  performance: number;
  accessibility: number;
  firstContentfulPaintMs: number;
  largestContentfulPaintMs: number;
  totalBlockingTimeMs: number;
  transferredKiB: number;
}

/** The pages measured, and the targets they must meet. */
export const lighthouseTargets = { performance: 90, accessibility: 95 } as const;

async function signInCookie(baseUrl: string, username: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-thidua-csrf': '1' },
    body: JSON.stringify({ json: { username, password } }),
  });
  if (!response.ok) throw new Error(`sign-in as ${username}: HTTP ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

/**
 * Lighthouse (its default mobile emulation and simulated slow 4G) on the sign-in page, a unit
 * officer's inbox and self-assessment, in Debian's Chromium against a running system.
 */
export async function measureLighthouse(options: {
  baseUrl: string;
  username: string;
  password: string;
  selfAssessmentPath: string;
  chromePath?: string;
}): Promise<PageScores[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: options.chromePath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const cookie = await signInCookie(options.baseUrl, options.username, options.password);
    const pages = [
      { page: 'Đăng nhập', path: '/sign-in', cookie: undefined },
      { page: 'Việc cần làm', path: '/', cookie },
      { page: 'Tự chấm điểm', path: options.selfAssessmentPath, cookie },
    ];
    const out: PageScores[] = [];
    for (const p of pages) {
      const result = await lighthouse(
        `${options.baseUrl}${p.path}`,
        {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility'],
          ...(p.cookie ? { extraHeaders: { Cookie: p.cookie } } : {}),
        },
        undefined,
      );
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse gave no result for ${p.path}`);
      const numeric = (id: string) => Math.round(lhr.audits[id]?.numericValue ?? Number.NaN);
      out.push({
        page: p.page,
        path: p.path,
        performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
        firstContentfulPaintMs: numeric('first-contentful-paint'),
        largestContentfulPaintMs: numeric('largest-contentful-paint'),
        totalBlockingTimeMs: numeric('total-blocking-time'),
        transferredKiB: Math.round(numeric('total-byte-weight') / 1024),
      });
    }
    return out;
  } finally {
    await chrome.kill();
  }
}

// `tsx bench/web/lighthouse.ts <baseUrl>`: the figures of a running system.
if (process.argv[1]?.endsWith('lighthouse.ts') && process.argv[2]) {
  const { demoDataset } = await import('@thidua/domain');
  const scores = await measureLighthouse({
    baseUrl: process.argv[2],
    username: 'tuphap.canbo',
    password: demoDataset.demoPassword,
    selfAssessmentPath: `/cycles/${demoDataset.cycle2023.cycle.id}/self-assessment/u-stp`,
  });
  console.table(scores);
}
