import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import type { AppRouter } from '@thidua/api';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { errorCode } from './api/errors';
import { seedFirstAnswers } from './api/first-answers';
import { createApiClient, createQueryClient, TRPCProvider } from './api/trpc';
import type { Api } from './api/use-api';
import { Toasts } from './components/toasts';
import { createAppRouter } from './router';
import { cssVariablesResolver, theme } from './theme';

export type AppParts = ReturnType<typeof createApp>;

/** The query cache, the API client and the router: built once, before the first render. */
export function createApp() {
  const queryClient = createQueryClient();
  const trpcClient = createApiClient();
  // The router's guards run outside React, so they get their own proxy on the same client and cache.
  const api: Api = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
  seedFirstAnswers(queryClient, api);
  const router = createAppRouter({ queryClient, api });
  // A session that expires mid-work sends the person to sign in and back to the same screen.
  queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'error') return;
    const code = errorCode(event.action.error);
    if (
      (code === 'UNAUTHENTICATED' || code === 'SESSION_EXPIRED') &&
      router.state.location.pathname !== '/sign-in'
    ) {
      void router.navigate({ to: '/sign-in', search: { redirect: router.state.location.href } });
    }
  });
  return { queryClient, trpcClient, router };
}

export function App({ parts: { queryClient, trpcClient, router } }: { parts: AppParts }) {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <Toasts />
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
          <RouterProvider router={router} />
        </TRPCProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
