import { QueryClient } from '@tanstack/react-query';
import type { AppRouter } from '@thidua/api';
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

/** Procedures that check a password: the server takes them one per request. */
const unbatchedPaths = new Set(['auth.signIn', 'auth.changePassword']);

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
      // Live screens (the conference) listen over server-sent events; a password check goes alone
      // (the server refuses it in a batch); everything else is batched.
      splitLink({
        condition: (op) => op.type === 'subscription',
        true: httpSubscriptionLink({ url: '/api/trpc', transformer: superjson }),
        false: splitLink({
          condition: (op) => unbatchedPaths.has(op.path),
          true: httpLink({ url: '/api/trpc', transformer: superjson, headers: () => CSRF_HEADER }),
          false: httpBatchLink({ url: '/api/trpc', transformer: superjson, headers: () => CSRF_HEADER }),
        }),
      }),
    ],
  });
}
