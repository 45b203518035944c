import { roleLabels } from '@thidua/domain';
import type { Principal } from '../../auth/principal';
import { type MatrixEntry, matrix, routeMatrix } from '../../authz/matrix';

/** Whether any of the principal's roles passes the gate of a path (its scope is checked per call). */
const passes = (principal: Principal, entry: MatrixEntry) =>
  entry === 'public' || entry === 'signedIn' || principal.grants.some((g) => entry[g.role] !== '-');

/**
 * The signed-in user and what they may act on. `procedures` lists the procedures and routes the
 * role gate lets them call, so the web app builds its menus and tabs from the server's matrix
 * instead of deciding roles itself; the year's step buttons come from `cycles.get`'s allowedActions.
 */
export function describePrincipal(principal: Principal) {
  const paths = { ...matrix, ...routeMatrix } as Record<string, MatrixEntry>;
  return {
    userId: principal.userId,
    username: principal.username,
    displayName: principal.displayName,
    mustChangePassword: principal.mustChangePassword,
    grants: principal.grants.map((g) => ({
      role: g.role,
      roleLabel: roleLabels[g.role],
      scopeKind: g.scopeKind,
      unitId: g.unitId ?? null,
      blocId: g.blocId ?? null,
      provinceId: g.provinceId ?? null,
      year: g.year ?? null,
    })),
    procedures: Object.keys(paths)
      .filter((path) => passes(principal, paths[path] as MatrixEntry))
      .sort(),
  };
}
