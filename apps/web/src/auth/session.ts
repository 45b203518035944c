import { type QueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { errorCode } from '../api/errors';
import type { Api } from '../api/use-api';
import { useApi } from '../api/use-api';
import type { Me, Role } from '../features/auth/contract';

export type { Me, Role };

const meQuery = (api: Api) => api.auth.me.queryOptions(undefined, { staleTime: 60_000 });

/** The signed-in person, or null when the session is missing or expired. */
export async function loadMe(queryClient: QueryClient, api: Api): Promise<Me | null> {
  try {
    return await queryClient.ensureQueryData(meQuery(api));
  } catch (error) {
    if (errorCode(error) === 'UNAUTHENTICATED' || errorCode(error) === 'SESSION_EXPIRED') return null;
    throw error;
  }
}

/** The signed-in person; only under the authenticated layout, which has loaded it already. */
export function useMe(): Me {
  const api = useApi();
  return useSuspenseQuery(meQuery(api)).data;
}

export const hasRole = (me: Me, ...roles: Role[]) => me.grants.some((g) => roles.includes(g.role));

/** The unit a unit officer or head works for (their first unit grant). */
export const ownUnitId = (me: Me): string | undefined =>
  me.grants.find((g) => g.scopeKind === 'unit' && g.unitId)?.unitId ?? undefined;

/** Bloc roles are per year: the one held for `year`, if any. */
export const blocRoleFor = (me: Me, blocId: string, year: number): Role | undefined =>
  me.grants.find(
    (g) =>
      (g.role === 'blocHead' || g.role === 'blocDeputy') &&
      g.blocId === blocId &&
      (g.year == null || g.year === year),
  )?.role;
