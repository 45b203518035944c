import { demoDataset } from '@thidua/domain';
// The whole system as the e2e run starts it (runtime --role all, demo data, the built web app).
import { ensureWebBuild } from '../../apps/web/e2e/setup/build-web';
import { startSystem } from '../../apps/web/e2e/setup/system';
import { lighthouseTargets, measureLighthouse, type PageScores } from './lighthouse';

export interface WebBenchResult {
  pages: PageScores[];
  targets: typeof lighthouseTargets;
}

/** 7. The web app: Lighthouse on the sign-in page, the inbox and the self-assessment of a fresh system. */
export async function measureWeb(log: (line: string) => void): Promise<WebBenchResult> {
  await ensureWebBuild(log);
  const system = await startSystem(log);
  try {
    const pages = await measureLighthouse({
      baseUrl: system.baseUrl,
      username: 'tuphap.canbo',
      password: demoDataset.demoPassword,
      selfAssessmentPath: `/cycles/${demoDataset.cycle2022.cycle.id}/self-assessment/u-stp`,
    });
    return { pages, targets: lighthouseTargets };
  } finally {
    await system.stop();
  }
}
