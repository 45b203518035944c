import type { Db } from '@thidua/db';
import type { Stack } from '@thidua/faults';
import { type ProfileSummary, profileFlags, profilesIn, summariseProfile } from '../lib/profile';
import { whileStepsLand } from './landing';
import { type LoadResult, load, queryUrl } from './load';
import type { ApiDataset } from './seed';
import { signIn } from './sign-in';

const PROCEDURES = ['system.info', 'tracker.list', 'inbox.list'] as const;
type Procedure = (typeof PROCEDURES)[number];

/**
 * Steps a second landing in the secretariat's province during one more tracker run: far above a real
 * province's pace (a few hundred unit steps on a deadline day), so every answer kept is soon stale.
 */
const LANDING_PER_SECOND = 10;
export const TRACKER_WHILE_LANDING = `tracker.list, ${LANDING_PER_SECOND} steps/s landing`;

export interface ApiBenchResult {
  dataset: ApiDataset;
  /** Rows the secretariat's tracker holds (its province, every year): the first page of 50 is read. */
  trackerRows: number;
  runs: { procedure: Procedure | typeof TRACKER_WHILE_LANDING; load: LoadResult }[];
  profile?: ProfileSummary;
}

/** The tracker's targets: at 50 connections, this share of system.info's req/s and this p99. */
export const TRACKER_TARGET = { connections: 50, share: 0.4, p99Ms: 100 } as const;

const TRACKER_INPUT = { status: 'all', sort: 'due', direction: 'asc', page: { limit: 50, offset: 0 } };

/**
 * The secretariat's two busiest screens under concurrent load, against a procedure that touches
 * nothing (system.info: no session, no database), on the same server in the same run.
 */
export async function measureApi(
  stack: Stack,
  dataset: ApiDataset,
  options: {
    db: Db;
    connections: number[];
    durationS: number;
    profileDir: string;
    log: (line: string) => void;
  },
): Promise<ApiBenchResult> {
  const headers = await signIn(stack.apiUrl, dataset.username, dataset.password);
  const urls: Record<Procedure, string> = {
    'system.info': queryUrl(stack.apiUrl, 'system.info'),
    'tracker.list': queryUrl(stack.apiUrl, 'tracker.list', TRACKER_INPUT),
    'inbox.list': queryUrl(stack.apiUrl, 'inbox.list'),
  };
  const probe = await fetch(urls['tracker.list'], { headers });
  const body = (await probe.json()) as { result?: { data?: { json?: { total?: number } } } };
  const trackerRows = body.result?.data?.json?.total ?? 0;
  if (!probe.ok || trackerRows === 0)
    throw new Error(`tracker.list answered ${probe.status} with ${trackerRows} rows`);

  for (const procedure of PROCEDURES) await load(urls[procedure], headers, 10, 2); // warm-up: JIT, pools
  const runs: ApiBenchResult['runs'] = [];
  for (const connections of options.connections) {
    for (const procedure of PROCEDURES) {
      const result = await load(urls[procedure], headers, connections, options.durationS);
      options.log(
        `  ${procedure} @${connections}: ${result.requestsPerSecond.toFixed(0)} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms${result.failures ? `, ${result.failures} failures` : ''}`,
      );
      runs.push({ procedure, load: result });
    }
  }

  const { result: landing, landed } = await whileStepsLand(
    options.db,
    dataset.openRow,
    LANDING_PER_SECOND,
    () => load(urls['tracker.list'], headers, TRACKER_TARGET.connections, options.durationS),
  );
  options.log(
    `  ${TRACKER_WHILE_LANDING} @${TRACKER_TARGET.connections}: ${landing.requestsPerSecond.toFixed(0)} req/s, p50 ${landing.p50Ms} ms, p99 ${landing.p99Ms} ms (${landed} steps landed)`,
  );
  runs.push({ procedure: TRACKER_WHILE_LANDING, load: landing });

  // A missed target gets a profile of the API under the same tracker load.
  const at = (procedure: Procedure) =>
    runs.find((r) => r.procedure === procedure && r.load.connections === TRACKER_TARGET.connections)?.load;
  const tracker = at('tracker.list');
  const info = at('system.info');
  const missed =
    tracker &&
    info &&
    (tracker.p99Ms >= TRACKER_TARGET.p99Ms ||
      tracker.requestsPerSecond < TRACKER_TARGET.share * info.requestsPerSecond);
  let profile: ProfileSummary | undefined;
  if (missed) {
    options.log('  tracker target missed: profiling the API under the same load');
    await stack.api.stop();
    stack.api.nodeArgs = profileFlags(options.profileDir);
    await stack.api.start();
    const profiled = await signIn(stack.apiUrl, dataset.username, dataset.password);
    await load(urls['tracker.list'], profiled, 50, options.durationS);
    await stack.api.stop();
    stack.api.nodeArgs = [];
    await stack.api.start();
    const file = profilesIn(options.profileDir)[0];
    if (file) profile = summariseProfile(file, { lastMs: options.durationS * 1000 });
  }
  return { dataset, trackerRows, runs, ...(profile ? { profile } : {}) };
}
