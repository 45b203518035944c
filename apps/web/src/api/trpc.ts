import { QueryClient } from '@tanstack/react-query';
import type { AppRouter } from '@thidua/api';
import { actionKeyHeader, actionKeyLink } from '@thidua/api/client';
import {
  createTRPCClient,
  httpBatchLink,
  httpLink,
  httpSubscriptionLink,
  isTRPCClientError,
  splitLink,
} from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import superjson from 'superjson';

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

/** The header the API demands on every mutation: a cross-site form cannot set it. */
export const CSRF_HEADER = { 'x-thidua-csrf': '1' } as const;

/** 4xx answers are decisions, not hiccups: retrying them only delays the message. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isTRPCClientError(error)) {
    const status = (error.data as { httpStatus?: number } | undefined)?.httpStatus ?? 0;
    if (status >= 400 && status < 500) return false;
  }
  return failureCount < 2;
}

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 15_000, retry: shouldRetry, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });
}

export function createApiClient() {
  return createTRPCClient<AppRouter>({
    links: [
      actionKeyLink(),
      // Live screens (the conference) listen over server-sent events; a mutation goes alone under its
      // action key (the server refuses a batch of them, and a password check in a batch); queries are
      // batched.
      splitLink({
        condition: (op) => op.type === 'subscription',
        true: httpSubscriptionLink({ url: '/api/trpc', transformer: superjson }),
        false: splitLink({
          condition: (op) => op.type === 'mutation',
          true: httpLink({
            url: '/api/trpc',
            transformer: superjson,
            headers: ({ op }) => ({ ...CSRF_HEADER, ...actionKeyHeader(op) }),
          }),
          false: httpBatchLink({ url: '/api/trpc', transformer: superjson, headers: () => CSRF_HEADER }),
        }),
      }),
    ],
  });
}
