import type { Db } from '@thidua/db';
import { blocMemberships, blocs, units, userRoles, users } from '@thidua/db/schema';
import type { Role, ScopeKind } from '@thidua/domain';
import { eq, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Grant, Principal } from './principal';

/** One grant as the database hands it over (JSON: absent values are null). */
export interface GrantRow {
  role: Role;
  scopeKind: ScopeKind;
  unitId: string | null;
  blocId: string | null;
  provinceId: string | null;
  year: number | null;
  unitBlocs: { blocId: string; year: number }[] | null;
}

/**
 * Every grant of the user in `userId`, scopes resolved (a unit's or bloc's own province, a unit's
 * bloc per year), as one JSON array: the principal costs a single round trip on every request.
 */
function grantsOf(userId: AnyPgColumn | SQL): SQL<GrantRow[]> {
  const memberships = sql`(select coalesce(json_agg(json_build_object('blocId', ${blocMemberships.blocId}, 'year', ${blocMemberships.year})
      order by ${blocMemberships.year}, ${blocMemberships.blocId}), '[]'::json)
    from ${blocMemberships} where ${blocMemberships.unitId} = ${userRoles.unitId})`;
  const grants = sql`(select coalesce(json_agg(json_build_object(
      'role', ${userRoles.role}, 'scopeKind', ${userRoles.scopeKind},
      'unitId', ${userRoles.unitId}, 'blocId', ${userRoles.blocId}, 'year', ${userRoles.year},
      'provinceId', case ${userRoles.scopeKind} when 'unit' then ${units.provinceId}
        when 'bloc' then ${blocs.provinceId} when 'province' then ${userRoles.provinceId} end,
      'unitBlocs', case when ${userRoles.scopeKind} = 'unit' then ${memberships} end
    ) order by ${userRoles.id}), '[]'::json)
    from ${userRoles}
    left join ${units} on ${units.id} = ${userRoles.unitId}
    left join ${blocs} on ${blocs.id} = ${userRoles.blocId}
    where ${userRoles.userId} = ${userId})`;
  // Nested once more: a single-table select writes its own top-level columns unqualified, and the
  // subquery's columns must keep their table names.
  return sql<GrantRow[]>`${grants}`;
}

/** A grant as the principal carries it: absent values are undefined, a unit's blocs a list. */
export function toGrant(r: GrantRow): Grant {
  const year = r.year ?? undefined;
  const provinceId = r.provinceId ?? undefined;
  switch (r.scopeKind) {
    case 'unit':
      return {
        role: r.role,
        scopeKind: 'unit',
        unitId: r.unitId ?? undefined,
        provinceId,
        year,
        unitBlocs: r.unitBlocs ?? [],
      };
    case 'bloc':
      return { role: r.role, scopeKind: 'bloc', blocId: r.blocId ?? undefined, provinceId, year };
    case 'province':
      return { role: r.role, scopeKind: 'province', provinceId, year };
    default:
      return { role: r.role, scopeKind: 'global', year };
  }
}

/** The user columns a principal needs, and the grants: what every signed-in request reads. */
export const principalColumns = {
  userId: users.id,
  username: users.username,
  displayName: users.displayName,
  mustChangePassword: users.mustChangePassword,
  active: users.active,
  grants: grantsOf(users.id),
};

export function toPrincipal(
  row: {
    userId: string;
    username: string;
    displayName: string;
    mustChangePassword: boolean;
    active: boolean;
    grants: GrantRow[];
  },
  sessionId: string | null,
): Principal | undefined {
  if (!row.active) return undefined;
  return {
    userId: row.userId,
    username: row.username,
    displayName: row.displayName,
    mustChangePassword: row.mustChangePassword,
    grants: row.grants.map(toGrant),
    sessionId,
  };
}

/** The user and their grants, scopes resolved; undefined for an unknown or deactivated user. */
export async function loadPrincipal(
  db: Db,
  userId: string,
  sessionId: string | null,
): Promise<Principal | undefined> {
  const [row] = await db.select(principalColumns).from(users).where(eq(users.id, userId));
  return row ? toPrincipal(row, sessionId) : undefined;
}
