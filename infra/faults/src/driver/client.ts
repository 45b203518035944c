import type { AppRouter } from '@thidua/api';
import { actionKeyHeader, actionKeyLink } from '@thidua/api/client';
import { createTRPCClient, httpLink, TRPCClientError } from '@trpc/client';
import superjson from 'superjson';

export type ApiClient = ReturnType<typeof apiClient>;

/** A signed-in user's tRPC client: the session cookie and the CSRF header the API asks of writes. */
export function apiClient(baseUrl: string, token: string) {
  return createTRPCClient<AppRouter>({
    links: [
      // A step retried after an unknown outcome goes under the same action key, as from the web app.
      actionKeyLink(),
      httpLink({
        url: `${baseUrl}/api/trpc`,
        transformer: superjson,
        headers: ({ op }) => ({
          cookie: `thidua_session=${token}`,
          'x-thidua-csrf': '1',
          ...actionKeyHeader(op),
        }),
      }),
    ],
  });
}

export type Failure =
  /** The outcome is unknown (connection cut, 5xx, workflow unreachable): the step may or may not have happened. */
  | { kind: 'transient'; code: string }
  /** The API answered with a coded refusal. */
  | { kind: 'refused'; code: string };

const TRANSIENT_CODES = new Set(['WORKFLOW_UNAVAILABLE', 'INTERNAL']);

export function classify(error: unknown): Failure {
  if (error instanceof TRPCClientError) {
    const data = error.data as { code?: string; httpStatus?: number } | undefined;
    if (!data?.code) return { kind: 'transient', code: 'NETWORK' };
    if (TRANSIENT_CODES.has(data.code) || (data.httpStatus ?? 0) >= 500) {
      return { kind: 'transient', code: data.code };
    }
    return { kind: 'refused', code: data.code };
  }
  return { kind: 'transient', code: error instanceof Error ? error.name : 'UNKNOWN' };
}
