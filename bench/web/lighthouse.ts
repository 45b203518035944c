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
  /** The element Lighthouse took as the largest contentful paint. */
  lcpElement: string;
  /** Performance of every run; the figures above are the median run's (by performance). */
  runs: number[];
  /** The CPU slowdown Lighthouse simulated (its default mobile setting: 4). */
  cpuSlowdown: number;
  /** Lighthouse's measure of this machine's CPU at the time (higher is faster; a loaded machine scores low). */
  benchmarkIndex: number;
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

interface LcpDetails {
  items?: { items?: { node?: { snippet?: string; selector?: string } }[] }[];
}

/**
 * Lighthouse (its default mobile emulation and simulated slow 4G) on the sign-in page, a unit
 * officer's inbox and self-assessment, in Debian's Chromium against a running system; the median of
 * three runs per page, after one run not counted.
 */
export async function measureLighthouse(options: {
  baseUrl: string;
  username: string;
  password: string;
  selfAssessmentPath: string;
  chromePath?: string;
  /** Runs per page (default 3): the machine is shared, one run is noise. */
  runs?: number;
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
      const runs: PageScores[] = [];
      // Run -1 is not counted: it warms the server (JIT, prepared statements, caches) as the visits
      // before this one would have, and lets the start-up work of a fresh system end.
      for (let run = -1; run < (options.runs ?? 3); run++) {
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
        if (run < 0) continue;
        const numeric = (id: string) => Math.round(lhr.audits[id]?.numericValue ?? Number.NaN);
        const lcpItems = (lhr.audits['largest-contentful-paint-element']?.details as LcpDetails | undefined)
          ?.items?.[0]?.items?.[0]?.node;
        runs.push({
          page: p.page,
          path: p.path,
          performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
          accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
          firstContentfulPaintMs: numeric('first-contentful-paint'),
          largestContentfulPaintMs: numeric('largest-contentful-paint'),
          totalBlockingTimeMs: numeric('total-blocking-time'),
          transferredKiB: Math.round(numeric('total-byte-weight') / 1024),
          lcpElement: lcpItems?.snippet ?? lcpItems?.selector ?? '—',
          runs: [],
          cpuSlowdown: lhr.configSettings.throttling?.cpuSlowdownMultiplier ?? Number.NaN,
          benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
        });
      }
      const sorted = [...runs].sort((a, b) => a.performance - b.performance);
      const median = sorted[Math.floor(sorted.length / 2)];
      if (!median) throw new Error('Lighthouse ran no run');
      out.push({ ...median, runs: runs.map((r) => r.performance) });
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
