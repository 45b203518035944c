import { type QueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { errorCode } from '../api/errors';
import type { Api } from '../api/use-api';
import { useApi } from '../api/use-api';
import type { Me } from '../features/auth/contract';

export type { Me };

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

/**
 * Whether the server's role gate lets this user call a procedure or route (its scope is checked per
 * call). Menus and tabs come from this; a year's step buttons from the year's `allowedActions`.
 */
export const mayCall = (me: Me, path: string) => me.procedures.includes(path);

/** The unit a unit officer or head works for (their first unit grant). */
export const ownUnitId = (me: Me): string | undefined =>
  me.grants.find((g) => g.scopeKind === 'unit' && g.unitId)?.unitId ?? undefined;
