import { type AppRouter, readSessionToken } from '@thidua/api';
import { actionKeyHeader, actionKeyLink } from '@thidua/api/client';
import { createTRPCClient, httpLink, retryLink, TRPCClientError } from '@trpc/client';
import superjson from 'superjson';
import type { SeededUser } from '../org/seed';

export type ApiClient = ReturnType<typeof apiClient>;

/** Sign-ins under way, per user: all the user's clients (a run's committee serves every bloc) wait for one. */
const renewals = new WeakMap<SeededUser, Promise<void>>();

function renewSession(baseUrl: string, user: SeededUser): void {
  if (renewals.has(user)) return;
  renewals.set(
    user,
    signIn(baseUrl, user).finally(() => renewals.delete(user)),
  );
}

/** Signs the user in through the API, as the sign-in page does, and keeps the new session's cookie. */
async function signIn(baseUrl: string, user: SeededUser): Promise<void> {
  const client = createTRPCClient<AppRouter>({
    links: [
      actionKeyLink(),
      httpLink({
        url: `${baseUrl}/api/trpc`,
        transformer: superjson,
        headers: ({ op }) => ({ 'x-thidua-csrf': '1', ...actionKeyHeader(op) }),
        fetch: async (url, init) => {
          const response = await fetch(url, init);
          // The Set-Cookie of a sign-in is the session cookie with its attributes, read as the API reads it.
          const token = readSessionToken(response.headers.get('set-cookie'));
          if (response.ok && token) user.token = token;
          return response;
        },
      }),
    ],
  });
  await client.auth.signIn.mutate({ username: user.username, password: user.password });
}

/**
 * A signed-in user's tRPC client: the session cookie and the CSRF header the API asks of writes. A
 * session that idles out (30 minutes: a long run's committee, say) is renewed by signing in again
 * and the call sent once more, as a user does after the sign-in page.
 */
export function apiClient(baseUrl: string, user: SeededUser) {
  return createTRPCClient<AppRouter>({
    links: [
      retryLink({
        retry: ({ error, attempts }) => {
          if (attempts > 1 || (error.data as { code?: string } | undefined)?.code !== 'SESSION_EXPIRED')
            return false;
          renewSession(baseUrl, user);
          return true;
        },
      }),
      // A step retried after an unknown outcome goes under the same action key, as from the web app.
      actionKeyLink(),
      httpLink({
        url: `${baseUrl}/api/trpc`,
        transformer: superjson,
        headers: async ({ op }) => {
          await renewals.get(user);
          return { cookie: `thidua_session=${user.token}`, 'x-thidua-csrf': '1', ...actionKeyHeader(op) };
        },
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
