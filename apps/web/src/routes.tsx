import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  lazyRouteComponent,
  redirect,
} from '@tanstack/react-router';
import { firstQueriesOf, firstScreens } from '@thidua/api/client';
import { queryOptionsOf } from './api/first-answers';
import type { Api } from './api/use-api';
import { loadMe, mayCall } from './auth/session';
import { ForbiddenRoute, NotFound, RouteError } from './components/route-fallbacks';
import type { RouterContext } from './router';

// Every screen is its own chunk: the first load carries only the shell and the sign-in form.
const page = <M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M & string) =>
  lazyRouteComponent(load, name);

const rootRoute = createRootRouteWithContext<RouterContext>()({
  notFoundComponent: NotFound,
  errorComponent: RouteError,
});

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } =>
    typeof search.redirect === 'string' && search.redirect.startsWith('/')
      ? { redirect: search.redirect }
      : {},
  component: page(() => import('./features/auth/sign-in-page'), 'SignInPage'),
});

/** Signed-in area: anyone else goes to the sign-in page and comes back afterwards. */
const authedRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'authed',
  beforeLoad: async ({ context, location, matches }) => {
    preloadScreens(matches, location.pathname, context);
    const me = await loadMe(context.queryClient, context.api);
    if (!me) throw redirect({ to: '/sign-in', search: { redirect: location.href } });
    if (me.mustChangePassword && location.pathname !== '/account') throw redirect({ to: '/account' });
    return { me };
  },
});

/** The projector view has no navigation chrome: it fills the wall. */
const projectorRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/cycles/$cycleId/conference/rounds/$roundId/projector',
  component: page(() => import('./features/conference/projector-page'), 'ProjectorPage'),
});

/** Routes a role may not open show the 403 page (the server would refuse their data anyway). */
const requires =
  (procedure: string) =>
  ({ context }: { context: { me: Parameters<typeof mayCall>[0] } }) => {
    if (!mayCall(context.me, procedure)) throw new ForbiddenRoute();
  };

/** The header and menu are a chunk of their own too: the sign-in page does without them. */
const shellRoute = createRoute({
  getParentRoute: () => authedRoute,
  id: 'shell',
  component: page(() => import('./layout/app-layout'), 'AppLayout'),
});

const inboxRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: firstScreens.inbox.path,
  component: page(() => import('./features/inbox/inbox-page'), 'InboxPage'),
});
const accountRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/account',
  component: page(() => import('./features/auth/account-page'), 'AccountPage'),
});
const cyclesRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/cycles',
  component: page(() => import('./features/cycle/cycles-page'), 'CyclesPage'),
});
const cycleRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/cycles/$cycleId',
  component: page(() => import('./features/cycle/cycle-page'), 'CyclePage'),
});
const selfAssessmentRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: firstScreens.selfAssessment.path,
  component: page(() => import('./features/self-assessment/self-assessment-page'), 'SelfAssessmentPage'),
});
const reviewRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/cycles/$cycleId/review',
  beforeLoad: requires('review.list'),
  component: page(() => import('./features/review/review-page'), 'ReviewPage'),
});
const rankingRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/cycles/$cycleId/ranking',
  component: page(() => import('./features/review/ranking-page'), 'RankingPage'),
});
const conferenceRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/cycles/$cycleId/conference',
  component: page(() => import('./features/conference/conference-page'), 'ConferencePage'),
});
const resultsRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/cycles/$cycleId/conference/results',
  component: page(() => import('./features/conference/results-page'), 'ResultsPage'),
});
const ballotRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/cycles/$cycleId/conference/rounds/$roundId/ballot',
  component: page(() => import('./features/conference/ballot-page'), 'BallotPage'),
});
/** A counting board member's device: the key share, its backup, the partial decryption. */
const boardRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/cycles/$cycleId/conference/rounds/$roundId/board',
  component: page(() => import('./features/conference/board-page'), 'BoardPage'),
});
const dossierRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/cycles/$cycleId/dossier',
  component: page(() => import('./features/dossier/dossier-page'), 'DossierPage'),
});
const auditRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/cycles/$cycleId/audit',
  beforeLoad: requires('audit.list'),
  component: page(() => import('./features/audit/audit-page'), 'AuditPage'),
});
const trackerRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/tracker',
  beforeLoad: requires('tracker.list'),
  validateSearch: (search: Record<string, unknown>) => trackerSearch(search),
  component: page(() => import('./features/tracker/tracker-page'), 'TrackerPage'),
});
const committeeRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/committee',
  beforeLoad: requires('committee.inbox'),
  component: page(() => import('./features/committee/committee-inbox-page'), 'CommitteeInboxPage'),
});
const committeeCycleRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/committee/$cycleId',
  beforeLoad: requires('committee.inbox'),
  component: page(() => import('./features/committee/committee-review-page'), 'CommitteeReviewPage'),
});
const notificationsRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/notifications',
  component: page(() => import('./features/notifications/notifications-page'), 'NotificationsPage'),
});
const adminRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/admin',
  beforeLoad: requires('admin.officials.list'),
  component: page(() => import('./features/admin/admin-page'), 'AdminPage'),
});

interface TrackerSearch {
  year?: number;
  bloc?: string;
  status?: 'all' | 'overdue' | 'pending' | 'done';
}

const trackerStatuses = ['all', 'overdue', 'pending', 'done'] as const;

/** Filters live in the URL so a filtered board can be bookmarked and shared. */
function trackerSearch(search: Record<string, unknown>): TrackerSearch {
  const out: TrackerSearch = {};
  const year = Number(search.year);
  if (Number.isInteger(year) && year > 2000) out.year = year;
  if (typeof search.bloc === 'string' && search.bloc) out.bloc = search.bloc;
  const status = trackerStatuses.find((s) => s === search.status);
  if (status) out.status = status;
  return out;
}

const screens = [
  inboxRoute,
  accountRoute,
  cyclesRoute,
  cycleRoute,
  selfAssessmentRoute,
  reviewRoute,
  rankingRoute,
  conferenceRoute,
  resultsRoute,
  ballotRoute,
  boardRoute,
  dossierRoute,
  auditRoute,
  trackerRoute,
  committeeRoute,
  committeeCycleRoute,
  notificationsRoute,
  adminRoute,
];
// Keyed by the ids the router gives its routes when it is created, hence built on first use.
let signedInRoutes: Map<string, { options: { component?: unknown } }>;
const signedInRoute = (routeId: string) => {
  signedInRoutes ??= new Map([projectorRoute, shellRoute, ...screens].map((route) => [route.id, route]));
  return signedInRoutes.get(routeId);
};

/**
 * The router fetches a screen's code and the screen its data once the session is checked; this starts
 * both alongside the check instead: the code downloads meanwhile, and the screen's first queries
 * (@thidua/api firstQueriesOf) go out in the session check's own request, one round trip instead of
 * three on a slow line. A page that arrived with their answers asks nothing. A failed download or
 * query is reported by the screen's own load of the same chunk or query, which follows.
 */
function preloadScreens(
  matches: readonly { routeId: string }[],
  pathname: string,
  { queryClient, api }: { queryClient: QueryClient; api: Api },
): void {
  for (const match of matches) {
    (signedInRoute(match.routeId)?.options.component as { preload?: () => Promise<void> } | undefined)
      ?.preload?.()
      .catch(() => undefined);
  }
  for (const query of firstQueriesOf(pathname)) {
    if (query.path !== 'auth.me') void queryClient.prefetchQuery(queryOptionsOf(api, query));
  }
}

export const routeTree = rootRoute.addChildren([
  signInRoute,
  authedRoute.addChildren([projectorRoute, shellRoute.addChildren(screens)]),
]);
