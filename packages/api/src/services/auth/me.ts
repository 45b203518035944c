import { roleLabels } from '@thidua/domain';
import type { Principal } from '../../auth/principal';

/** The signed-in user and what they may act on (the web app builds its menus from this). */
export function describePrincipal(principal: Principal) {
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
  };
}
