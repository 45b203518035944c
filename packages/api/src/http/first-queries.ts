/**
 * What a signed-in screen asks the server for as it first draws, by the path it opens at. The web
 * app starts these queries with its session check; the API answers them inside the page it serves
 * for that path (apps/api/src/web-app.ts), so a cold load draws its screen without waiting for a
 * request of its own. Written here once, for both.
 */

/** One query: its procedure and input. */
export interface FirstQuery {
  path: string;
  input?: Record<string, string>;
}

type Params = Record<string, string>;

/** The screens a visit most often opens first: each has its own copy of index.html, too. */
export const firstScreens = {
  inbox: {
    path: '/',
    queries: (_: Params): FirstQuery[] => [{ path: 'inbox.list' }, { path: 'cycles.list' }],
  },
  selfAssessment: {
    path: '/cycles/$cycleId/self-assessment/$unitId',
    queries: ({ cycleId = '', unitId = '' }: Params): FirstQuery[] => [
      { path: 'selfAssessment.get', input: { cycleId, unitId } },
    ],
  },
} as const;

export type FirstScreen = keyof typeof firstScreens;

/** The copy of index.html that asks for a first screen's code (or for the signed-in shell's only). */
export const pageFileOf = (screen: FirstScreen | 'shell') => `index.${screen}.html`;

/** The parameters of `pathname` under a route `pattern` ($name matches one segment), or undefined. */
function matchPath(pattern: string, pathname: string): Params | undefined {
  const want = pattern.split('/');
  const got = pathname.replace(/\/+$/, '').split('/');
  if (pattern === '/') return pathname === '/' ? {} : undefined;
  if (want.length !== got.length) return undefined;
  const params: Params = {};
  for (let i = 0; i < want.length; i++) {
    const segment = want[i] ?? '';
    const value = got[i] ?? '';
    if (segment.startsWith('$')) {
      if (!value) return undefined;
      try {
        params[segment.slice(1)] = decodeURIComponent(value);
      } catch {
        return undefined;
      }
    } else if (segment !== value) return undefined;
  }
  return params;
}

/** The first screen a path opens, if it is one of `firstScreens`. */
export function firstScreenOf(pathname: string): FirstScreen | undefined {
  return (Object.keys(firstScreens) as FirstScreen[]).find(
    (screen) => matchPath(firstScreens[screen].path, pathname) !== undefined,
  );
}

/**
 * The queries a signed-in screen at `pathname` asks first: the person, the header's notifications,
 * the year of a cycle screen (its frame reads it), then the screen's own.
 */
export function firstQueriesOf(pathname: string): FirstQuery[] {
  const queries: FirstQuery[] = [{ path: 'auth.me' }, { path: 'notifications.list' }];
  const cycleId = matchPath('/cycles/$cycleId', pathname.split('/').slice(0, 3).join('/'))?.cycleId;
  if (cycleId) queries.push({ path: 'cycles.get', input: { cycleId } });
  const screen = firstScreenOf(pathname);
  if (screen) {
    const params = matchPath(firstScreens[screen].path, pathname) ?? {};
    queries.push(...firstScreens[screen].queries(params));
  }
  return queries;
}

/** What `path` ('inbox.list') names under a tRPC router's caller or options proxy. */
export function procedureAt<T>(root: unknown, path: string): T {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], root) as T;
}

/** The element of the page that carries the answers (JSON, never run as script). */
export const FIRST_ANSWERS_ID = 'thidua-first-answers';

/** One answer inside the page: the query and its data as the API's transformer serialized it. */
export interface FirstAnswer extends FirstQuery {
  result: unknown;
}
