import { tracked } from '@trpc/server';
import { cycleInput, cycleTarget } from '../../schemas/refs';
import { conferenceVersion, conferenceView } from '../../services/conference/view';
import { scopedProcedure } from '../../trpc';

const sleep = (ms: number, signal: AbortSignal | undefined) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

/**
 * Live conference screen over SSE (client: httpSubscriptionLink). The server polls one cheap
 * fingerprint query and sends the whole view only when it changed; the event id is that
 * fingerprint, so a reconnecting client that already has the latest view gets nothing new.
 */
export const liveConferenceRoute = scopedProcedure(cycleInput, cycleTarget).subscription(async function* ({
  ctx,
  input,
  signal,
}) {
  const viewer = ctx.access.grants.flatMap((g) => (g.unitId ? [g.unitId] : []));
  let last: string | undefined;
  while (!signal?.aborted) {
    const version = await conferenceVersion(ctx.db, input.cycleId);
    if (version !== last) {
      last = version;
      yield tracked(version, await conferenceView(ctx.db, input.cycleId, viewer));
    }
    await sleep(ctx.livePollMs, signal);
  }
});
