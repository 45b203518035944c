import type { Db } from '@thidua/db';
import { blocMemberships, blocs, units, userRoles, users } from '@thidua/db/schema';
import { eq, inArray } from 'drizzle-orm';
import type { Grant, Principal } from './principal';

/** The user and their grants, scopes resolved; undefined for an unknown or deactivated user. */
export async function loadPrincipal(
  db: Db,
  userId: string,
  sessionId: string | null,
): Promise<Principal | undefined> {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user?.active) return undefined;
  const rows = await db.select().from(userRoles).where(eq(userRoles.userId, userId));
  const unitIds = rows.flatMap((r) => (r.unitId ? [r.unitId] : []));
  const blocIds = rows.flatMap((r) => (r.blocId ? [r.blocId] : []));
  const unitRows = unitIds.length
    ? await db
        .select({ id: units.id, provinceId: units.provinceId })
        .from(units)
        .where(inArray(units.id, unitIds))
    : [];
  const memberships = unitIds.length
    ? await db.select().from(blocMemberships).where(inArray(blocMemberships.unitId, unitIds))
    : [];
  const blocRows = blocIds.length
    ? await db
        .select({ id: blocs.id, provinceId: blocs.provinceId })
        .from(blocs)
        .where(inArray(blocs.id, blocIds))
    : [];
  const grants = rows.map((r): Grant => {
    switch (r.scopeKind) {
      case 'unit':
        return {
          role: r.role,
          scopeKind: 'unit',
          unitId: r.unitId ?? undefined,
          provinceId: unitRows.find((u) => u.id === r.unitId)?.provinceId,
          year: r.year ?? undefined,
          unitBlocs: memberships
            .filter((m) => m.unitId === r.unitId)
            .map((m) => ({ blocId: m.blocId, year: m.year })),
        };
      case 'bloc':
        return {
          role: r.role,
          scopeKind: 'bloc',
          blocId: r.blocId ?? undefined,
          provinceId: blocRows.find((b) => b.id === r.blocId)?.provinceId,
          year: r.year ?? undefined,
        };
      case 'province':
        return {
          role: r.role,
          scopeKind: 'province',
          provinceId: r.provinceId ?? undefined,
          year: r.year ?? undefined,
        };
      default:
        return { role: r.role, scopeKind: 'global', year: r.year ?? undefined };
    }
  });
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    mustChangePassword: user.mustChangePassword,
    grants,
    sessionId,
  };
}
