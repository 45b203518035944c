import { cycles, notifications } from '@thidua/db/schema';
import { and, eq, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Principal } from '../../auth/principal';

/**
 * Notifications meant for this user: addressed to them, or to a role they hold on its scope. A
 * bloc role held for one year sees that year's cycle notices only (leadership rotates).
 */
export function addressedTo(principal: Principal): SQL {
  const byGrant = principal.grants.map((g) => {
    const scopeId =
      g.scopeKind === 'unit'
        ? g.unitId
        : g.scopeKind === 'bloc'
          ? g.blocId
          : g.scopeKind === 'province'
            ? g.provinceId
            : null;
    const year =
      g.year !== undefined
        ? or(
            isNull(notifications.cycleId),
            sql`exists (select 1 from ${cycles} where ${cycles.id} = ${notifications.cycleId} and ${cycles.year} = ${g.year})`,
          )
        : undefined;
    return and(
      eq(notifications.role, g.role),
      eq(notifications.scopeKind, g.scopeKind),
      scopeId ? eq(notifications.scopeId, scopeId) : isNull(notifications.scopeId),
      year,
    );
  });
  return or(eq(notifications.userId, principal.userId), ...byGrant) ?? sql`false`;
}
