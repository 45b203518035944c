import { DomainError } from '@thidua/domain';
import type { Access } from '../authz/access';
import { runGate } from '../authz/gate';
import { type RoutePath, routeMatrix } from '../authz/matrix';
import { checkScope } from '../authz/scope';
import type { TargetRef } from '../authz/target';
import { type ApiServices, createTRPCContext } from '../trpc';

/**
 * Authorisation of a plain HTTP route (downloads, uploads): the session cookie, then the route's
 * row of the matrix and the same scope rules as the procedures showing the same data.
 */
export async function authorizeRoute(
  services: ApiServices,
  headers: Headers,
  route: RoutePath,
  ref: TargetRef,
): Promise<Access> {
  const ctx = createTRPCContext({ headers, services });
  const gate = runGate(await ctx.getSession(), route, routeMatrix[route]);
  if (!gate.principal) throw new DomainError('UNAUTHENTICATED');
  return checkScope(ctx.db, gate.principal, gate.grants, ref);
}

/** The signed-in principal of a plain request, before anything about the requested data is read. */
export async function authenticate(services: ApiServices, headers: Headers) {
  const session = await createTRPCContext({ headers, services }).getSession();
  if (!session.principal)
    throw new DomainError(session.state === 'expired' ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED');
  if (session.principal.mustChangePassword) throw new DomainError('PASSWORD_CHANGE_REQUIRED');
  return session.principal;
}
