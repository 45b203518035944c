import autocannon from 'autocannon';

export interface LoadResult {
  connections: number;
  durationS: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Answers other than 2xx, connection errors and timeouts: a load figure means nothing with these. */
  failures: number;
}

/** autocannon against one GET for `durationS` seconds. */
export async function load(
  url: string,
  headers: Record<string, string>,
  connections: number,
  durationS: number,
): Promise<LoadResult> {
  const result = await autocannon({ url, headers, connections, duration: durationS, timeout: 30 });
  return {
    connections,
    durationS,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

/** A tRPC query as a GET (superjson wraps the input under `json`). */
export function queryUrl(baseUrl: string, path: string, input?: unknown): string {
  const url = `${baseUrl}/api/trpc/${path}`;
  return input === undefined ? url : `${url}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
}
