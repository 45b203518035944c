import type { QueryClient } from '@tanstack/react-query';
import { createRouter } from '@tanstack/react-router';
import type { Api } from './api/use-api';
import { RouteError } from './components/route-fallbacks';
import { routeTree } from './routes';

export interface RouterContext {
  queryClient: QueryClient;
  api: Api;
}

export function createAppRouter(context: RouterContext) {
  return createRouter({
    routeTree,
    context,
    defaultPreload: 'intent',
    // Queries own freshness; the router only waits for them.
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
    // A screen's failure (or refusal) shows inside the app's frame, with its menu.
    defaultErrorComponent: RouteError,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
